package zen.gateway.application.port.inbound.projects;

import java.util.List;

/** Which business numbers (or other business keys a BSP sends) belong to which project. */
public interface ManageProjectNumbersUseCase {

    /**
     * Assigns the number to the project; returns the canonical form it is stored under. A number another project has
     * is moved only when {@code mayMove} (an admin's request), else it is a {@link NumberTakenException}: one tenant
     * must not take another's number, and with it that tenant's events.
     */
    String assign(String projectOwnerId, String businessNumber, boolean mayMove);

    boolean remove(String projectOwnerId, String businessNumber);

    List<String> numbersOf(String projectOwnerId);
}
