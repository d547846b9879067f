package zen.gateway.adapter.outbound.http.send;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SendOutcome.Rejected.Kind;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/** Sends through one provider's API over the shared transport: check, build, one exchange, read. Thread-safe. */
final class HttpBspSendClient implements BspSendClient {

    private final ProviderApi api;
    private final SendTransport transport;

    HttpBspSendClient(ProviderApi api, SendTransport transport) {
        this.api = api;
        this.transport = transport;
    }

    @Override
    public SendProvider provider() {
        return api.provider();
    }

    @Override
    public CompletableFuture<SendOutcome> send(SenderAccount account, OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        if (account.provider() != api.provider()) {
            throw new IllegalArgumentException(
                    "a " + account.provider().id() + " account cannot send through " + api.provider().id());
        }
        List<String> problems = api.credentials().problems(account.credentials());
        if (!problems.isEmpty()) {
            // Every message of this sender would fail the same way: the caller stops the sender, as for a 401.
            return done(new SendOutcome.Rejected(null,
                    "the sender's credentials are incomplete: " + String.join("; ", problems), Kind.SENDER_BLOCKED));
        }
        ProviderRequest request;
        try {
            request = api.request(account, message);
        } catch (UnsendableMessage unsendable) {
            return done(new SendOutcome.Rejected(null, unsendable.getMessage(), Kind.PERMANENT));
        }
        return transport.send(request, api::read);
    }

    @Override
    public List<String> credentialProblems(Map<String, String> credentials) {
        return api.credentials().problems(credentials);
    }

    private static CompletableFuture<SendOutcome> done(SendOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
