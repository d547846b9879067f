package zen.gateway.application.port.inbound.send;

/** What a transport drives on its schedule: the sends that are due, and those left without an answer. */
public interface WorkOffSendsUseCase {

    /** One pass over the due sends; returns how many went out. */
    int sendDue();

    /** Settles sends interrupted mid-send or unknown past their deadline; returns how many. */
    int settleOverdue();
}
