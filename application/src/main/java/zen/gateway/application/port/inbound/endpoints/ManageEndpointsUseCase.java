package zen.gateway.application.port.inbound.endpoints;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.subscription.Endpoint;

/**
 * Customer endpoints of a project. Invalid input is an {@link IllegalArgumentException} whose message says what
 * is wrong. A change takes effect on the next event.
 */
public interface ManageEndpointsUseCase {

    Endpoint configure(EndpointCommand command);

    /** Replaces the endpoint's settings; secrets left null keep their value. Empty when there is no such endpoint. */
    Optional<Endpoint> update(String endpointId, EndpointCommand command);

    boolean delete(String projectOwnerId, String endpointId);

    int deleteAll(String projectOwnerId);

    List<Endpoint> list(String projectOwnerId);

    Optional<Endpoint> pause(String projectOwnerId, String endpointId);

    /** Resumes a paused endpoint, or re-enables one disabled by a 410. */
    Optional<Endpoint> resume(String projectOwnerId, String endpointId);

    /**
     * Replaces both secrets with new ones the gateway makes: the answer is the one place they are shown. Empty when
     * there is no such endpoint.
     */
    Optional<Endpoint> rotateSecrets(String projectOwnerId, String endpointId);

    /** Pauses or resumes every endpoint of a project; returns how many changed. */
    int setProjectPaused(String projectOwnerId, boolean paused);
}
