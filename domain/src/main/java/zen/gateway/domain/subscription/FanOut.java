package zen.gateway.domain.subscription;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.event.GatewayEvent;

/** Chooses the endpoints an event goes to: each allowed endpoint once, however many of its patterns match. */
public final class FanOut {

    private final List<FanOutRule> rules;

    public FanOut(List<FanOutRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static FanOut withCurrentRules() {
        return new FanOut(FanOutRule.allCurrentRules());
    }

    public List<Endpoint> targets(GatewayEvent event, Collection<Endpoint> endpoints) {
        Map<String, Endpoint> chosen = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            if (rules.stream().allMatch(rule -> rule.allows(endpoint, event))) {
                chosen.putIfAbsent(endpoint.id(), endpoint);
            }
        }
        return List.copyOf(chosen.values());
    }
}
