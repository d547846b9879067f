package zen.gateway.adapter.outbound.mongo;

import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/** One operation of a batch's bulk write, with the message it is for and why it is there. */
record PlannedWrite(WriteModel<Document> model, MessageTarget target, Purpose purpose) {

    enum Purpose {
        /** Applies the statuses; creates the message when the batch does. A refused key means: plan it again. */
        APPLY,
        /** Gives the message a key it lacks. A refused key means: another message has it, and keeps it. */
        LEARN_KEY,
        /** Raises the current status or fills in a missing fact, only if still needed. */
        COMPLETE
    }
}
