package zen.gateway.application.port.inbound.send;

/**
 * What a transport drives: the sends that are due (a poll of the store), one send a queue message names, and those
 * left without an answer.
 */
public interface WorkOffSendsUseCase {

    /** One pass over the due sends; returns how many went out. */
    int sendDue();

    /**
     * Works off the one send {@code messageId} names, if it is still queued and due and its sender's pace allows; a
     * claim is a compare-and-set, so a message delivered twice, or raced by a sweep, sends once.
     */
    SendOneResult sendOne(String messageId);

    /** Settles sends interrupted mid-send or unknown past their deadline; returns how many. */
    int settleOverdue();
}
