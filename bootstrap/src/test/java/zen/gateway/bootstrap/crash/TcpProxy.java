package zen.gateway.bootstrap.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the gateway and a store, which a test cuts (every connection reset, new ones refused) and
 * restores on the same port: a store outage without touching the store other tests use.
 */
final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    TcpProxy(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        ServerSocket first = listen(0);
        this.port = first.getLocalPort();
        accept(first);
    }

    int port() {
        return port;
    }

    /** Resets every connection and refuses new ones, as a store that went away. */
    void cut() throws IOException {
        ServerSocket listening = server;
        server = null;
        listening.close();
        for (Socket socket : open) {
            try {
                socket.setSoLinger(true, 0); // a reset, not a polite close
                socket.close();
            } catch (IOException alreadyClosed) {
                // its relay closed it meanwhile
            }
        }
        open.clear();
    }

    /** Takes connections again, on the same port. */
    void restore() throws IOException {
        accept(listen(port));
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        return socket;
    }

    private void accept(ServerSocket listening) {
        server = listening;
        Thread.ofPlatform().daemon().name("tcp-proxy-" + port).start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(target.getHostString(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                    relay(client, upstream);
                    relay(upstream, client);
                } catch (IOException closedOrRefused) {
                    // the listening socket was closed by cut(), or the target refused: the client sees a reset
                }
            }
        });
    }

    private void relay(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("tcp-relay-" + port).start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side went away: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to release
        }
    }

    @Override
    public void close() throws IOException {
        ServerSocket listening = server;
        if (listening != null) {
            listening.close();
        }
        for (Socket socket : open) {
            socket.close();
        }
    }
}
