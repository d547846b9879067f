package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.application.port.inbound.access.CreateKeyCommand;
import zen.gateway.application.port.inbound.access.CreatedKey;
import zen.gateway.application.port.inbound.access.ManageKeysUseCase;
import zen.gateway.domain.access.ApiKey;
import zen.gateway.domain.access.KeyRateLimit;

/**
 * Project keys: made (the key is shown in that answer only), listed, revoked at once on every node. A project key with
 * the {@code keys} scope manages its own project's keys, none wider than itself; another project's key is not found.
 * Admin keys come from the configuration, not from here.
 */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
public final class KeysResource {

    private final ManageKeysUseCase keys;

    public KeysResource(ManageKeysUseCase keys) {
        this.keys = keys;
    }

    /** The body of a key to make; a rate limit of its own is optional. */
    record KeyRequest(
            @JsonProperty("project_owner_id") String projectOwnerId,
            @JsonProperty("name") String name,
            @JsonProperty("scopes") List<String> scopes,
            @JsonProperty("expires_at") String expiresAt,
            @JsonProperty("rate_limit") RateLimitRequest rateLimit) {}

    record RateLimitRequest(@JsonProperty("per_second") Double perSecond, @JsonProperty("burst") Integer burst) {
        KeyRateLimit limit() {
            if (perSecond == null || burst == null) {
                throw new IllegalArgumentException("rate_limit needs per_second and burst");
            }
            return new KeyRateLimit(perSecond, burst);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.KEYS)
    @Audited("key.create")
    public Response create(@Auth Caller caller, KeyRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required: {\"project_owner_id\", \"scopes\": [...], \"name\"}");
        }
        Instant expiresAt = QueryParams.instant("expires_at", request.expiresAt());
        CreatedKey created = keys.create(caller, new CreateKeyCommand(Ids.check("project_owner_id", request.projectOwnerId()),
                Ids.check("name", request.name()), CreateKeyCommand.scopes(Ids.noNulls("scopes", request.scopes())), expiresAt,
                request.rateLimit() == null ? null : request.rateLimit().limit()));
        return Response.status(201).entity(KeyView.of(created.key(), created.secret())).build();
    }

    @GET
    @RolesAllowed(Scopes.KEYS)
    public Map<String, Object> list(@Auth Caller caller, @QueryParam("project_owner_id") String project) {
        String scoped = caller.project(project);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project_owner_id", scoped);
        body.put("keys", keys.list(scoped).stream().map(KeyView::of).toList());
        return body;
    }

    @GET
    @Path("{key_id}")
    @RolesAllowed(Scopes.KEYS)
    public Response find(@Auth Caller caller, @PathParam("key_id") String id) {
        return visible(caller, keys.find(id)).map(key -> Response.ok(KeyView.of(key)).build()).orElseGet(() -> notFound(id));
    }

    /** Answers the key as it was, with the time it was revoked: the key stops working on every node at once. */
    @DELETE
    @Path("{key_id}")
    @RolesAllowed(Scopes.KEYS)
    @Audited(value = "key.revoke", target = "key_id")
    public Response revoke(@Auth Caller caller, @PathParam("key_id") String id) {
        if (visible(caller, keys.find(id)).isEmpty()) {
            return notFound(id);
        }
        return keys.revoke(id).map(revoked -> Response.ok(KeyView.of(revoked)).build()).orElseGet(() -> notFound(id));
    }

    private static Optional<ApiKey> visible(Caller caller, Optional<ApiKey> key) {
        return key.filter(k -> caller.sees(k.projectOwnerId()));
    }

    private static Response notFound(String id) {
        return ApiError.of(404, "no key '" + id + "'");
    }
}
