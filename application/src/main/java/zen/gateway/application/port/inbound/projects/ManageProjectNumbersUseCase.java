package zen.gateway.application.port.inbound.projects;

import java.util.List;

/** Which business numbers (or other business keys a BSP sends) belong to which project. */
public interface ManageProjectNumbersUseCase {

    /** Returns the canonical form the number is stored under. */
    String assign(String projectOwnerId, String businessNumber);

    boolean remove(String projectOwnerId, String businessNumber);

    List<String> numbersOf(String projectOwnerId);
}
