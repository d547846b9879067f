package zen.gateway.adapter.inbound.http;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.conversations.Conversation;
import zen.gateway.application.port.inbound.conversations.ConversationsQuery;
import zen.gateway.application.port.inbound.conversations.TimelineEntry;

/**
 * A project's conversations and one customer's timeline. A project key sees its own project's only; the project is
 * in the path, so naming another one is a 403.
 */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
public final class ConversationsResource {

    private final ConversationsQuery conversations;
    private final Clock clock;

    public ConversationsResource(ConversationsQuery conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @GET
    @Path("{project_owner_id}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> conversations(
            @Auth Caller caller,
            @PathParam("project_owner_id") String project,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return PageJson.of(conversations.conversations(caller.project(project), QueryParams.cursor(cursor), QueryParams.limit(limit)),
                this::view);
    }

    @GET
    @Path("{project_owner_id}/{customer_number}")
    @RolesAllowed(Scopes.READ)
    public Map<String, Object> timeline(
            @Auth Caller caller,
            @PathParam("project_owner_id") String project,
            @PathParam("customer_number") String customer,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return PageJson.of(conversations.timeline(caller.project(project), customer, QueryParams.cursor(cursor),
                QueryParams.limit(limit)), ConversationsResource::entry);
    }

    static Object entry(TimelineEntry entry) {
        if (entry == null) {
            return null;
        }
        return switch (entry) {
            case TimelineEntry.Outbound outbound -> MessageView.of(outbound.message());
            case TimelineEntry.Inbound inbound -> InboundMessageView.of(inbound.message());
        };
    }

    private Map<String, Object> view(Conversation conversation) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("open", conversation.window().isOpenAt(clock.instant()));
        window.put("last_inbound_at", conversation.window().lastInboundAt());
        window.put("open_until", conversation.window().closesAt());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer_number", conversation.customerNumber());
        body.put("last_message", entry(conversation.lastMessage()));
        body.put("customer_service_window", window);
        return body;
    }
}
