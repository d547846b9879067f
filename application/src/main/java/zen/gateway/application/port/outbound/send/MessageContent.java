package zen.gateway.application.port.outbound.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** What a message says: free text (only inside the 24-hour window) or an approved template. */
public sealed interface MessageContent {

    /** A session message. {@code previewUrl} asks for a link preview where the provider offers one. */
    record Text(String body, boolean previewUrl) implements MessageContent {
        public Text {
            if (body == null || body.isBlank()) {
                throw new IllegalArgumentException("a text message needs a body");
            }
        }
    }

    /**
     * An approved template, named as the provider names it (bsp/send/README.md §6): Meta, 360dialog, AiSensy's
     * Project API and Karix by template name, Twilio by Content SID ({@code HX…}), Gupshup by its template UUID,
     * AiSensy's Campaign API by the name of a live API campaign.
     *
     * @param language   the approved locale ({@code en}, {@code en_US}); Meta-shaped APIs need it, Twilio and Gupshup
     *                   ids already fix it. May be null
     * @param parameters the body's {@code {{1}}, {{2}}, …} in order
     * @param components the provider's own form, passed through instead of {@code parameters} for what they cannot
     *                   say (headers, buttons, named variables): Meta-shaped APIs take a {@code components} array,
     *                   Twilio a {@code ContentVariables} object. Null when {@code parameters} suffice
     */
    record Template(String name, String language, List<String> parameters, JsonNode components)
            implements MessageContent {
        public Template {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a template needs a name");
            }
            parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
            if (components != null && components.isNull()) {
                components = null;
            }
            if (components != null && !parameters.isEmpty()) {
                throw new IllegalArgumentException("give the template's parameters or its components, not both");
            }
            components = components == null ? null : components.deepCopy(); // the caller's tree may change later
        }

        public Template(String name, String language, List<String> parameters) {
            this(name, language, parameters, null);
        }
    }
}
