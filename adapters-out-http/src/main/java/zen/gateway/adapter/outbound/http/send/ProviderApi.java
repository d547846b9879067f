package zen.gateway.adapter.outbound.http.send;

import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/** One provider's send API as its doc in bsp/send/ describes it: no I/O, so every part is testable alone. Thread-safe. */
interface ProviderApi {

    SendProvider provider();

    CredentialRules credentials();

    /** The request for this message; the account's credentials have passed {@link #credentials()}. */
    ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage;

    /** What the provider's answer means. */
    SendOutcome read(Reply reply);
}
