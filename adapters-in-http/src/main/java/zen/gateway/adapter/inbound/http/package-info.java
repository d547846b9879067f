/**
 * The HTTP side: the BSP webhook servlet, and Jersey resources for the management and query API and health.
 *
 * <h2>Access control: what every route carries</h2>
 * Every {@code /api/v1} request needs {@code Authorization: Bearer <key>} (dropwizard-auth; {@link
 * zen.gateway.adapter.inbound.http.HttpAdapter#accessControl}). A route says who may call it with one annotation, and a
 * route without one fails the build (bootstrap's {@code AccessRulesTest} enumerates every resource method Jersey knows):
 * <ul>
 *   <li>{@code @RolesAllowed(Scopes.READ)} (or {@code WRITE}, {@code SEND}, {@code KEYS}): keys with that scope; admin
 *       keys have every scope. {@code @RolesAllowed(Scopes.ADMIN)}: admin keys only. {@code @PermitAll}: any valid key.
 *       Each of these also puts the key's rate limit (429 with {@code Retry-After}) in front of the route.</li>
 *   <li>{@link zen.gateway.adapter.inbound.http.Public @Public("why")}: no key at all (health probes).</li>
 * </ul>
 * A route that changes anything (every one that is not a GET) also carries {@link
 * zen.gateway.adapter.inbound.http.Audited @Audited("thing.verb")}, which records it in the audit trail.
 *
 * <p>A route that concerns a project takes the caller, {@code @Auth Caller caller}, and makes one call with the project
 * the request names, from its path, query or body:
 * <pre>{@code
 * @POST @Path("{project_owner_id}/campaigns")
 * @RolesAllowed(Scopes.SEND) @Audited("campaign.create")
 * public Response create(@Auth Caller caller, @PathParam("project_owner_id") String project, CampaignRequest body) {
 *     String scoped = caller.project(project);   // 403 for another project's; null named: the key's own (null for admin: all)
 *     ...
 * }
 * }</pre>
 * Something fetched by id (a message, a delivery, a key) is shown only when {@code caller.sees(owner)}; otherwise the
 * route answers 404, as if it did not exist. Errors have one shape, {@code {"status": N, "error": "..."}}: 401 (with
 * {@code WWW-Authenticate: Bearer}) for a missing, unknown, revoked or expired key or a key in the URL, 403 for a
 * missing scope or another project's, 429 over the key's limit.
 */
package zen.gateway.adapter.inbound.http;
