package zen.gateway.application.inmemory;

import zen.gateway.application.contract.RecipientStoreContract;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;

class InMemoryRecipientStoreTest extends RecipientStoreContract {

    @Override
    protected RecipientStore newStore() {
        return new InMemoryRecipientStore();
    }
}
