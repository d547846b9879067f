package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.campaigns.SenderReach;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/** What every {@link SenderReach} must count, over the sends of the same database. */
public abstract class SenderReachContract {

    /** The send store and the reach of one new, empty database. */
    public record Storage(SendStore sends, SenderReach reach) {}

    /** Called once per test. */
    protected abstract Storage newStorage();

    private SendStore sends;
    private SenderReach reach;

    @BeforeEach
    void createStorage() {
        Storage storage = newStorage();
        sends = storage.sends();
        reach = storage.reach();
    }

    private static SendRecord template(String id, String sender, String to, long createdSecond) {
        return SendRecord.queued(id, "acme", sender, SendProvider.META, "+15550001111", to,
                new MessageContent.Template("offer", "en", List.of("x"), null), "camp-1", null, null, at(createdSecond),
                at(createdSecond));
    }

    @Test
    void countsEachNumberTheSendersTemplatesWentToSinceOnceLeavingRefusedSendsAndTextsOut() {
        sends.insert(template("m-1", "s-1", "+919800000001", 10));
        sends.insert(template("m-2", "s-1", "+919800000001", 20)); // the same person again
        sends.insert(template("m-3", "s-1", "+919800000002", 30));
        SendRecord accepted = template("m-4", "s-1", "+919800000003", 30);
        sends.insert(accepted);
        sends.replace(accepted.moved(SendState.ACCEPTED, "wamid.4", null, "accepted", null, 1, at(31), at(31)), SendState.QUEUED);
        SendRecord refused = template("m-5", "s-1", "+919800000004", 30);
        sends.insert(refused);
        sends.replace(refused.failed(new SendFailure("131026", "undeliverable", false), at(31)), SendState.QUEUED);
        sends.insert(SendRecord.queued("m-6", "acme", "s-1", SendProvider.META, "+15550001111", "+919800000005",
                new MessageContent.Text("inside the window", false), null, null, null, at(30), at(30)));
        sends.insert(template("m-7", "s-2", "+919800000006", 30)); // another sender
        sends.insert(template("m-8", "s-1", "+919800000007", 5)); // before the window

        assertThat(reach.recipientsReached("s-1", at(5))).isEqualTo(3);
        assertThat(reach.recipientsReached("s-1", at(15))).isEqualTo(3); // +..01 again at 20
        assertThat(reach.recipientsReached("s-1", at(25))).isEqualTo(2);
        assertThat(reach.recipientsReached("s-2", at(0))).isEqualTo(1);
        assertThat(reach.recipientsReached("s-9", at(0))).isZero();
    }
}
