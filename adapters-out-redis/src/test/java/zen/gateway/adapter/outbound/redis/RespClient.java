package zen.gateway.adapter.outbound.redis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare Redis client for tests, speaking RESP on its own socket: it sees Redis as it is, independently of the
 * Redisson code under test. Not thread-safe.
 */
final class RespClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RespClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RespClient open(int port, int database) {
        return open(port, null, database);
    }

    static RespClient open(int port, String password, int database) {
        return open("127.0.0.1", port, password, database);
    }

    static RespClient open(String host, int port, String password, int database) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 2_000);
            socket.setSoTimeout(10_000);
            RespClient client = new RespClient(socket);
            if (password != null) {
                client.command("AUTH", password);
            }
            client.command("SELECT", Integer.toString(database));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reply: a String, a Long, a List, or null; an error reply throws. */
    Object command(String... args) {
        try {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (String arg : args) {
                byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
                request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
                request.writeBytes(bytes);
                request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(request.toByteArray());
            out.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long number(String... args) {
        return (Long) command(args);
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String... args) {
        return (List<String>) command(args);
    }

    /** Deletes every key matching the pattern; KEYS is fine on a test server. */
    void deleteMatching(String pattern) {
        for (String key : strings("KEYS", pattern)) {
            command("DEL", key);
        }
    }

    /** How many times Redis ran this command since it started, from INFO commandstats. */
    long callsOf(String command) {
        String stats = (String) command("INFO", "commandstats");
        String marker = "cmdstat_" + command.toLowerCase() + ":calls=";
        int at = stats.indexOf(marker);
        if (at < 0) {
            return 0;
        }
        int start = at + marker.length();
        int end = stats.indexOf(',', start);
        return Long.parseLong(stats.substring(start, end));
    }

    private Object reply() throws IOException {
        int type = in.read();
        String line = line();
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IllegalStateException("Redis error: " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> bulk(Integer.parseInt(line));
            case '*' -> array(Integer.parseInt(line));
            default -> throw new IllegalStateException("unexpected reply type " + type);
        };
    }

    private String bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        String value = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        line();
        return value;
    }

    private List<Object> array(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            items.add(reply());
        }
        return items;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\r') {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            line.write(b);
        }
        in.read(); // '\n'
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test connection: nothing to do
        }
    }
}
