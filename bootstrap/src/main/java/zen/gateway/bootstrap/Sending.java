package zen.gateway.bootstrap;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import zen.gateway.adapter.embedded.send.SendPoller;
import zen.gateway.adapter.inbound.http.SendResource;
import zen.gateway.adapter.inbound.http.SendersResource;
import zen.gateway.adapter.outbound.http.send.BspSendClients;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;
import zen.gateway.application.port.inbound.send.SendMessageUseCase;
import zen.gateway.application.port.outbound.Stores;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;
import zen.gateway.application.send.SendEvents;
import zen.gateway.application.send.SendMessageService;
import zen.gateway.application.send.SendSettings;
import zen.gateway.application.send.SendWaiters;
import zen.gateway.application.send.SendWorker;
import zen.gateway.application.send.SenderManagementService;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/**
 * The send half wired: the BSP clients, the senders API, the send API, and the worker driven by the store's queue.
 * The sends queued in the store are the queue on every transport: a send is durable once stored, and a claim is a
 * compare-and-set on its state, so nodes sharing the store never send one message twice.
 */
final class Sending {

    private Sending() {}

    /** Returns the send use case, for campaigns; {@code events} hears of every send queued and settled. */
    static SendMessageUseCase assemble(GatewayConfiguration config, Environment environment, Stores stores, Storage storage,
            DestinationPolicy destinations, ManageProjectNumbersUseCase numbers, SendEvents events, Clock clock) {
        BspSendClients clients = BspSendClients.start(config.send.clientSettings());
        SendSettings settings = config.send.settings();
        SendWaiters waiters = new SendWaiters();
        SendWorker worker = new SendWorker(new DurableSendClaims(stores.sends(), storage.makeDurable()), stores.senders(),
                clients.all(), waiters, events, settings, clock);
        SendPoller poller = SendPoller.start(worker, config.send.pollInterval.toJavaDuration(), java.time.Duration.ofSeconds(1));
        // stop polling first, then let requests on the wire finish
        environment.lifecycle().manage(new ClosingManaged(clients));
        environment.lifecycle().manage(new ClosingManaged(poller));

        SendMessageService sending = new SendMessageService(stores.senders(), stores.sends(), storage.makeDurable(),
                poller::nudge, waiters, events, settings, clock);
        var jersey = environment.jersey();
        jersey.register(new SendersResource(new SenderManagementService(stores.senders(), clients.all(), destinations,
                numbers, clock)));
        jersey.register(new SendResource(sending, config.send.waitLimit.toJavaDuration()));
        return sending;
    }
}
