package zen.gateway.adapter.amqp.framing;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import zen.gateway.domain.delivery.Delivery;

/**
 * Deliveries planned together, in one forwarding message: one publish, one confirm and one ack for all of them.
 * A message per delivery cost the broker 0.20 ms of CPU, a third of what the gateway spent on the whole event.
 *
 * <p>Layout, big-endian: {@code version:u8 (=1) count:i32}, then per delivery {@code length:i32} and that many
 * bytes of {@link DeliveryFraming}. Only first attempts travel packed: a delivery that waits, retries or dies
 * goes on alone, as {@link DeliveryFraming}, so the delay queues and the DLQ hold one delivery per message.
 * Stateless.
 */
public final class DeliveryPackFraming {

    public static final byte VERSION = 1;
    public static final String CONTENT_TYPE = "application/vnd.zen.deliveries";

    /** version + count */
    private static final int HEADER_BYTES = 1 + 4;
    /** A delivery's length, and the least its snapshot and payload can take. */
    private static final int MIN_DELIVERY_BYTES = 4 + 2;

    private DeliveryPackFraming() {}

    public static byte[] encode(List<Delivery> deliveries) {
        List<byte[]> framed = new ArrayList<>(deliveries.size());
        int size = HEADER_BYTES;
        for (Delivery d : deliveries) {
            byte[] one = DeliveryFraming.encode(d);
            framed.add(one);
            size += 4 + one.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION).putInt(framed.size());
        framed.forEach(one -> out.putInt(one.length).put(one));
        return out.array();
    }

    /** The deliveries of one broker message; throws {@link MalformedMessageException} on anything else. */
    public static List<Delivery> decode(byte[] message) throws MalformedMessageException {
        ByteBuffer in = ByteBuffer.wrap(message);
        try {
            if (message.length < HEADER_BYTES) {
                throw new MalformedMessageException("too short for a delivery pack: " + message.length + " bytes");
            }
            byte version = in.get();
            if (version != VERSION) {
                throw new MalformedMessageException("unknown delivery pack version " + version);
            }
            int count = in.getInt();
            if (count < 1 || count > in.remaining() / MIN_DELIVERY_BYTES) {
                throw new MalformedMessageException("implausible delivery count " + count);
            }
            List<Delivery> deliveries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new MalformedMessageException("length " + length + " exceeds the " + in.remaining() + " bytes left");
                }
                byte[] one = new byte[length];
                in.get(one);
                deliveries.add(DeliveryFraming.decode(one));
            }
            if (in.hasRemaining()) {
                throw new MalformedMessageException(in.remaining() + " bytes after the last delivery");
            }
            return deliveries;
        } catch (BufferUnderflowException e) {
            throw new MalformedMessageException("truncated delivery pack", e);
        }
    }
}
