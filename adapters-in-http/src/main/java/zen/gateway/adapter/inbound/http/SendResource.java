package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.inbound.access.AccessDeniedException;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.send.NoSenderException;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.inbound.send.SendReceipt;
import zen.gateway.application.port.inbound.send.SentMessage;

/**
 * Sending: one message, or a batch of up to 1,000 with one result per item. A send is answered 202 once it is
 * durable; with {@code "wait": true} the answer waits (at most {@code waitLimit}) for the provider's reply.
 */
@Path("/api/v1/messages/send")
@Produces(MediaType.APPLICATION_JSON)
public final class SendResource {

    static final int MAX_BATCH = 1_000;

    private final SendMessageUseCase sending;
    private final Duration waitLimit;

    public SendResource(SendMessageUseCase sending, Duration waitLimit) {
        this.sending = sending;
        this.waitLimit = waitLimit;
    }

    record Text(@JsonProperty("body") String body, @JsonProperty("preview_url") Boolean previewUrl) {}

    record Template(
            @JsonProperty("name") String name,
            @JsonProperty("language") String language,
            @JsonProperty("parameters") List<String> parameters,
            @JsonProperty("components") JsonNode components) {}

    /** The body of a send, and one item of a batch. */
    record SendRequest(
            @JsonProperty("project_owner_id") String projectOwnerId,
            @JsonProperty("from") String from,
            @JsonProperty("to") String to,
            @JsonProperty("type") String type,
            @JsonProperty("text") Text text,
            @JsonProperty("template") Template template,
            @JsonProperty("campaign_id") String campaignId,
            @JsonProperty("reference") String reference,
            @JsonProperty("send_at") String sendAt,
            @JsonProperty("wait") Boolean await) {

        SendRequest inProject(String project) {
            return new SendRequest(project, from, to, type, text, template, campaignId, reference, sendAt, await);
        }

        SendCommand command(Caller caller, String idempotencyKey) {
            Text t = text == null ? new Text(null, null) : text;
            Template tp = template == null ? new Template(null, null, null, null) : template;
            return new SendCommand(caller.project(projectOwnerId), from, to, type, t.body(),
                    Boolean.TRUE.equals(t.previewUrl()), tp.name(), tp.language(), tp.parameters(), tp.components(),
                    campaignId, reference, QueryParams.instant("send_at", sendAt), idempotencyKey);
        }
    }

    /** A batch; its {@code project_owner_id}, checked before any item, is the project of items that name none. */
    record BatchRequest(@JsonProperty("project_owner_id") String projectOwnerId, @JsonProperty("messages") List<SendRequest> messages) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.SEND)
    @Audited("message.send")
    public Response send(@Auth Caller caller, @HeaderParam("Idempotency-Key") String idempotencyKey, SendRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        SendReceipt receipt;
        try {
            receipt = sending.send(request.command(caller, idempotencyKey));
        } catch (NoSenderException e) {
            return ApiError.of(422, e.getMessage());
        }
        SentMessage send = receipt.send();
        if (Boolean.TRUE.equals(request.await()) && !receipt.repeated()) {
            Optional<SentMessage> answered = sending.awaitOutcome(send.messageId(), waitLimit);
            if (answered.isPresent()) {
                return Response.ok(answer(answered.get())).build();
            }
        }
        return Response.status(202).entity(answer(send)).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.SEND)
    @Audited("message.send_batch")
    public Response batch(@Auth Caller caller, BatchRequest request) {
        if (request == null || request.messages() == null || request.messages().isEmpty()) {
            throw new IllegalArgumentException("messages must hold 1 to " + MAX_BATCH + " messages");
        }
        if (request.messages().size() > MAX_BATCH) {
            throw new IllegalArgumentException("messages holds " + request.messages().size() + "; at most " + MAX_BATCH);
        }
        String project = request.projectOwnerId() == null ? null : caller.project(request.projectOwnerId());
        // each item checked alone: a bad one is answered in its place and does not stop the others
        List<Map<String, Object>> results = new ArrayList<>();
        List<SendCommand> commands = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (SendRequest item : request.messages()) {
            try {
                if (item == null) {
                    throw new IllegalArgumentException("a message is required");
                }
                SendRequest inProject = item.projectOwnerId() != null || project == null ? item : item.inProject(project);
                commands.add(inProject.command(caller, null));
                positions.add(results.size());
                results.add(null);
            } catch (IllegalArgumentException e) {
                results.add(ApiError.body(400, e.getMessage(), Map.of()));
            } catch (AccessDeniedException e) {
                results.add(ApiError.body(403, e.getMessage(), Map.of()));
            }
        }
        List<SendMessageUseCase.Result> sent = sending.sendAll(commands);
        for (int i = 0; i < sent.size(); i++) {
            results.set(positions.get(i), result(sent.get(i)));
        }
        return Response.status(202).entity(Map.of("results", results)).build();
    }

    private static Map<String, Object> result(SendMessageUseCase.Result result) {
        if (result.receipt() != null) {
            Map<String, Object> answer = answer(result.receipt().send());
            answer.put("status_code", 202);
            return answer;
        }
        int status = result.refusal() instanceof NoSenderException ? 422 : 400;
        return ApiError.body(status, result.refusal().getMessage(), Map.of());
    }

    private static Map<String, Object> answer(SentMessage send) {
        SendView view = SendView.of(send);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message_id", send.messageId());
        body.put("status", view.status());
        if (send.wamid() != null) {
            body.put("wamid", send.wamid());
        }
        if (send.bspMessageId() != null) {
            body.put("bsp_message_id", send.bspMessageId());
        }
        if (view.failure() != null) {
            body.put("failure", view.failure());
        }
        return body;
    }
}
