package zen.gateway.application.normalize;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zen.gateway.domain.event.Bsp;

/** Which normalizer reads which BSP's bodies. Immutable and thread-safe; build it once at startup. */
public final class Normalizers {

    private final Map<Bsp, BspNormalizer> byBsp;

    private Normalizers(Map<Bsp, BspNormalizer> byBsp) {
        this.byBsp = Map.copyOf(byBsp);
    }

    /**
     * One normalizer for every BSP the gateway knows. 360dialog has no {@link Bsp} of its own: its payload is Meta's,
     * so its webhooks are read as {@link Bsp#META}.
     */
    public static Normalizers standard() {
        Map<Bsp, BspNormalizer> byBsp = new EnumMap<>(Bsp.class);
        byBsp.put(Bsp.DATAGEN, new DatagenKarixNormalizer(Bsp.DATAGEN));
        byBsp.put(Bsp.KARIX, new DatagenKarixNormalizer(Bsp.KARIX));
        byBsp.put(Bsp.AISENSY, new AiSensyNormalizer());
        byBsp.put(Bsp.META, new MetaCloudApiNormalizer());
        byBsp.put(Bsp.TWILIO, new TwilioNormalizer());
        byBsp.put(Bsp.GUPSHUP, new GupshupNormalizer());
        return new Normalizers(byBsp);
    }

    public Optional<BspNormalizer> forBsp(Bsp bsp) {
        return Optional.ofNullable(byBsp.get(bsp));
    }

    public Set<Bsp> supported() {
        return byBsp.keySet();
    }
}
