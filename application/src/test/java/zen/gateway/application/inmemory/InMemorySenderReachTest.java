package zen.gateway.application.inmemory;

import zen.gateway.application.contract.SenderReachContract;

class InMemorySenderReachTest extends SenderReachContract {

    @Override
    protected Storage newStorage() {
        InMemorySendStore sends = new InMemorySendStore();
        return new Storage(sends, sends);
    }
}
