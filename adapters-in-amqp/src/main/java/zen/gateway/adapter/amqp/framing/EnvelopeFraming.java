package zen.gateway.adapter.amqp.framing;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * Several envelopes in one broker message, so that one publish and one confirm carry many webhooks.
 *
 * <p>Layout, big-endian: {@code version:u8 (=1) count:i32}, then per envelope {@code id:str bsp:str
 * receivedAtSeconds:i64 receivedAtNanos:i32 priority:u8 headerCount:i32 (name:str value:str)* body:bytes},
 * where {@code str} is {@code bytes} holding UTF-8 and {@code bytes} is {@code length:i32} followed by that many
 * bytes. Binary rather than JSON because the body is copied once, not escaped, and ingest is the hot path.
 * Stateless.
 */
public final class EnvelopeFraming {

    static final byte VERSION = 1;
    public static final String CONTENT_TYPE = "application/vnd.zen.envelopes";

    /** version + count */
    private static final int HEADER_BYTES = 1 + 4;
    /** The least an envelope can take: five lengths, the time, the priority. */
    private static final int MIN_ENVELOPE_BYTES = 4 + 4 + 8 + 4 + 1 + 4 + 4;

    private EnvelopeFraming() {}

    public static byte[] encode(List<InboundEnvelope> envelopes) {
        List<byte[]> ids = new ArrayList<>(envelopes.size());
        int size = HEADER_BYTES;
        for (InboundEnvelope e : envelopes) {
            byte[] id = utf8(e.id());
            ids.add(id);
            size += MIN_ENVELOPE_BYTES + id.length + e.bsp().id().length() + e.body().length;
            for (Map.Entry<String, String> header : e.headers().entrySet()) {
                size += 8 + utf8Length(header.getKey()) + utf8Length(header.getValue());
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION).putInt(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            InboundEnvelope e = envelopes.get(i);
            putBytes(out, ids.get(i));
            putBytes(out, utf8(e.bsp().id()));
            out.putLong(e.receivedAt().getEpochSecond()).putInt(e.receivedAt().getNano());
            out.put((byte) e.priority());
            out.putInt(e.headers().size());
            for (Map.Entry<String, String> header : e.headers().entrySet()) {
                putBytes(out, utf8(header.getKey()));
                putBytes(out, utf8(header.getValue()));
            }
            putBytes(out, e.body());
        }
        return out.array();
    }

    /** The envelopes of one broker message; throws {@link MalformedMessageException} on anything else. */
    public static List<InboundEnvelope> decode(byte[] message) throws MalformedMessageException {
        ByteBuffer in = ByteBuffer.wrap(message);
        try {
            if (message.length < HEADER_BYTES) {
                throw new MalformedMessageException("too short for an envelope pack: " + message.length + " bytes");
            }
            byte version = in.get();
            if (version != VERSION) {
                throw new MalformedMessageException("unknown envelope pack version " + version);
            }
            int count = in.getInt();
            if (count < 1 || count > in.remaining() / MIN_ENVELOPE_BYTES) {
                throw new MalformedMessageException("implausible envelope count " + count);
            }
            List<InboundEnvelope> envelopes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                envelopes.add(envelope(in));
            }
            if (in.hasRemaining()) {
                throw new MalformedMessageException(in.remaining() + " bytes after the last envelope");
            }
            return envelopes;
        } catch (BufferUnderflowException e) {
            throw new MalformedMessageException("truncated envelope pack", e);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedMessageException("invalid envelope: " + e.getMessage(), e);
        }
    }

    private static InboundEnvelope envelope(ByteBuffer in) throws MalformedMessageException {
        String id = string(in);
        String bspId = string(in);
        Bsp bsp = Bsp.fromId(bspId).orElseThrow(() -> new MalformedMessageException("unknown BSP " + bspId));
        Instant receivedAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
        int priority = in.get();
        int headerCount = in.getInt();
        if (headerCount < 0 || headerCount > in.remaining() / 8) {
            throw new MalformedMessageException("implausible header count " + headerCount);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int h = 0; h < headerCount; h++) {
            headers.put(string(in), string(in));
        }
        return new InboundEnvelope(id, bsp, receivedAt, priority, headers, bytes(in));
    }

    private static byte[] bytes(ByteBuffer in) throws MalformedMessageException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new MalformedMessageException("length " + length + " exceeds the " + in.remaining() + " bytes left");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    private static String string(ByteBuffer in) throws MalformedMessageException {
        byte[] bytes = bytes(in);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedMessageException("a text field is not UTF-8", e);
        }
    }

    private static void putBytes(ByteBuffer out, byte[] bytes) {
        out.putInt(bytes.length).put(bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int utf8Length(String text) {
        return utf8(text).length;
    }
}
