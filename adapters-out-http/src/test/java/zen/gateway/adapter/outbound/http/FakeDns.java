package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server for tests: each name answers with its answers in turn, the last one repeating (so a name can
 * answer a public address first and 127.0.0.1 after, like a rebinding attacker's); unknown names do not resolve.
 * Counts lookups. Answers are address literals, so nothing is ever looked up for real. Thread-safe.
 */
final class FakeDns implements HostResolver {

    private final Map<String, List<String[]>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    /** {@code name} answers {@code addresses}, always. */
    FakeDns answer(String name, String... addresses) {
        return answerInTurn(name, List.<String[]>of(addresses));
    }

    /** {@code name} answers the first list, then the next, and so on; the last one again and again. */
    FakeDns answerInTurn(String name, List<String[]> inTurn) {
        answers.put(normalized(name), new ArrayList<>(inTurn));
        return this;
    }

    int lookups(String name) {
        AtomicInteger count = lookups.get(normalized(name));
        return count == null ? 0 : count.get();
    }

    /** DNS compares names without case, and {@code example.com.} is {@code example.com} written absolute. */
    private static String normalized(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = normalized(host);
        int turn = lookups.computeIfAbsent(name, key -> new AtomicInteger()).getAndIncrement();
        List<String[]> inTurn = answers.get(name);
        if (inTurn == null) {
            throw new UnknownHostException(host);
        }
        String[] answer = inTurn.get(Math.min(turn, inTurn.size() - 1));
        InetAddress[] addresses = new InetAddress[answer.length];
        for (int i = 0; i < answer.length; i++) {
            addresses[i] = InetAddress.getByName(answer[i]);
        }
        return addresses;
    }
}
