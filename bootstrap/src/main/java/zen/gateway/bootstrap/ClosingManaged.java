package zen.gateway.bootstrap;

import io.dropwizard.lifecycle.Managed;

/** Lets Dropwizard close an adapter when the server stops; adapters know only {@link AutoCloseable}. */
record ClosingManaged(AutoCloseable adapter) implements Managed {
    @Override
    public void stop() throws Exception {
        adapter.close();
    }
}
