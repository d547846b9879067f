package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import zen.gateway.adapter.inbound.http.SendResource;
import zen.gateway.adapter.inbound.http.SendersResource;
import zen.gateway.adapter.outbound.http.send.BspSendClients;
import zen.gateway.application.port.inbound.conversations.ServiceWindowQuery;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;
import zen.gateway.application.port.outbound.send.SendQueue;
import zen.gateway.application.send.SendCorrelation;
import zen.gateway.application.send.SendEvents;
import zen.gateway.application.send.SendMessageService;
import zen.gateway.application.send.SendSettings;
import zen.gateway.application.send.SendWaiters;
import zen.gateway.application.send.SendWorker;
import zen.gateway.application.send.SenderManagementService;
import zen.gateway.application.send.StatusesBeforeReply;
import zen.gateway.application.tracking.SendEchoes;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The send half wired: the BSP clients, the worker driven by the transport ({@link SendDrive}), the correlation of
 * status webhooks, and the senders and send APIs. A send is durable once stored, and a claim is a compare-and-set on
 * its state, so nodes sharing the store never send one message twice, whichever way the transport hands it over.
 */
final class Sending {

    private final GatewayConfiguration config;
    private final Stores stores;
    private final Clock clock;
    private final BspSendClients clients;
    private final SendSettings settings;
    private final SendWaiters waiters = new SendWaiters();
    private final SendEvents events;

    private Sending(GatewayConfiguration config, Stores stores, SendEvents events, Clock clock) {
        this.config = config;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
        this.clients = BspSendClients.start(config.send.clientSettings());
        this.settings = config.send.settings();
    }

    static Sending prepare(GatewayConfiguration config, Stores stores, SendEvents events, Clock clock) {
        return new Sending(config, stores, events, clock);
    }

    /** What status processing tells of each status that echoes one of our message ids. */
    SendEchoes echoes() {
        return new SendCorrelation(stores.sends(), waiters, events, clock, new StatusesBeforeReply(stores.messages()));
    }

    /** Returns the send use case, for campaigns. */
    SendMessageUseCase start(Environment environment, Runnable makeDurable, DestinationPolicy destinations,
            ManageProjectNumbersUseCase numbers, ServiceWindowQuery windows, SendDrive drive) {
        SendWorker worker = new SendWorker(new DurableSendClaims(stores.sends(), makeDurable), stores.senders(),
                clients.guardedPerSender(config.send.senderBreakerOpenFor.toJavaDuration()), waiters, events, settings, clock,
                new StatusesBeforeReply(stores.messages()), drive.requeues());
        // stopped in reverse: the drive first, then the requests on the wire finish
        environment.lifecycle().manage(new ClosingManaged(clients));
        SendQueue queue = drive.start(worker, environment);

        SendMessageService sending = new SendMessageService(stores.senders(), stores.sends(), makeDurable, queue,
                waiters, events, settings, windows, clock);
        var jersey = environment.jersey();
        jersey.register(new SendersResource(new SenderManagementService(stores.senders(), clients.all(), destinations,
                numbers, clock)));
        jersey.register(new SendResource(sending, config.send.waitLimit.toJavaDuration()));
        return sending;
    }
}
