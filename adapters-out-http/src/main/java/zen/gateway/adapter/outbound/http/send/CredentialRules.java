package zen.gateway.adapter.outbound.http.send;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credentials a provider takes: one or more ways of signing in ({@link Form}s; Twilio takes an auth token or an
 * API key pair), fields every form may add, and the shape of the fields that become part of a URL or a header.
 */
record CredentialRules(List<Form> forms, Set<String> optional, Map<String, Shape> shapes) {

    /** One complete set of fields. */
    record Form(String name, Set<String> required) {
        Form {
            required = Set.copyOf(required);
        }
    }

    /** A pattern a value must match, and how to explain it. */
    record Shape(Pattern pattern, String description) {
        static Shape of(String regex, String description) {
            return new Shape(Pattern.compile(regex), description);
        }
    }

    CredentialRules {
        forms = List.copyOf(forms);
        optional = Set.copyOf(optional);
        shapes = Map.copyOf(shapes);
    }

    static CredentialRules single(Set<String> required, Set<String> optional, Map<String, Shape> shapes) {
        return new CredentialRules(List.of(new Form("credentials", required)), optional, shapes);
    }

    List<String> problems(Map<String, String> credentials) {
        List<String> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(optional);
        forms.forEach(form -> known.addAll(form.required()));
        credentials.keySet().stream().sorted().filter(name -> !known.contains(name))
                .forEach(name -> problems.add("unknown field '" + name + "' (known: " + String.join(", ", sorted(known)) + ")"));
        List<Form> complete = forms.stream().filter(form -> form.required().stream().allMatch(f -> present(credentials, f))).toList();
        if (complete.isEmpty()) {
            problems.addAll(missing(credentials));
        } else if (complete.size() > 1) {
            problems.add("give one way of signing in, not several: " + describeForms());
        } else {
            Set<String> others = new LinkedHashSet<>();
            forms.forEach(form -> others.addAll(form.required()));
            others.removeAll(complete.get(0).required());
            others.stream().sorted().filter(credentials::containsKey).forEach(name -> problems.add(
                    "'" + name + "' does not go with " + complete.get(0).name() + ": give one way of signing in"));
        }
        shapes.forEach((name, shape) -> {
            String value = credentials.get(name);
            if (present(credentials, name) && !shape.pattern().matcher(value).matches()) {
                problems.add("'" + name + "' must be " + shape.description());
            }
        });
        return List.copyOf(problems);
    }

    /** The form these (problem-free) credentials complete. */
    Form formOf(Map<String, String> credentials) {
        return forms.stream().filter(form -> form.required().stream().allMatch(f -> present(credentials, f)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("incomplete credentials"));
    }

    private List<String> missing(Map<String, String> credentials) {
        if (forms.size() > 1) {
            return List.of("missing credentials: give " + describeForms());
        }
        return sorted(forms.get(0).required()).stream().filter(name -> !present(credentials, name))
                .map(name -> credentials.containsKey(name) ? "'" + name + "' is blank" : "missing '" + name + "'")
                .toList();
    }

    private String describeForms() {
        return String.join(", or ", forms.stream().map(form -> form.name() + " (" + String.join(", ", sorted(form.required())) + ")").toList());
    }

    private static boolean present(Map<String, String> credentials, String name) {
        String value = credentials.get(name);
        return value != null && !value.isBlank();
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
