package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.access.RecordAuditUseCase;
import zen.gateway.domain.conversation.MaskedNumbers;

/**
 * Records an {@link Audited} route's request in the audit trail once it is answered, whatever the answer: done,
 * refused or failed. Requests without a known key (401) and those over their key's limit (429) are not recorded:
 * anyone can make those, as many as they like, and they change nothing.
 */
final class AuditFilter implements ContainerResponseFilter {

    static final String PROJECT = "project_owner_id";
    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);

    private final RecordAuditUseCase audit;
    private final ObjectMapper json;
    private final Audited audited;

    AuditFilter(RecordAuditUseCase audit, ObjectMapper json, Audited audited) {
        this.audit = audit;
        this.json = json;
        this.audited = audited;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller) || response.getStatus() == 429) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        JsonNode answer = answerOf(response);
        // a project key acts on its own project: an attempt on another's is its own project's to see, not the other's
        String project = caller.admin() ? firstOf(uri.getPathParameters().getFirst(PROJECT),
                uri.getQueryParameters().getFirst(PROJECT), text(answer, PROJECT)) : caller.projectOwnerId();
        String target = firstOf(uri.getPathParameters().getFirst(audited.target()), text(answer, audited.target()));
        try {
            audit.record(new RecordAuditUseCase.Change(caller.keyId(), project, audited.value(), target, response.getStatus()));
        } catch (RuntimeException e) {
            // the change is made and answered; what is lost is its trace, which an operator must hear about
            // a target may be a customer's number: log lines mask it
            LOG.error("could not record {} by {} on {} in the audit trail", audited.value(), caller.keyId(),
                    MaskedNumbers.maskIn(target), e);
        }
    }

    private JsonNode answerOf(ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return null;
        }
        try {
            return json.valueToTree(response.getEntity());
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    private static String text(JsonNode answer, String field) {
        JsonNode value = answer == null ? null : answer.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
