package zen.gateway.application.port.inbound;

import java.util.List;
import zen.gateway.application.port.outbound.ReplaySelection;

/** Sends dead-lettered deliveries again, each with a fresh series of attempts and its original event id. */
public interface ReplayDeadLettersUseCase {

    /** The ids of the deliveries put back in line. */
    List<String> replay(ReplaySelection selection);
}
