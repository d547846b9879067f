package zen.gateway.adapter.outbound.http.send;

/** Most providers want a number as country code and digits, without the {@code +} of E.164 (README §6). */
final class Digits {

    private Digits() {}

    static String of(String e164) {
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }
}
