package zen.gateway.application.verify;

import zen.gateway.domain.event.Bsp;

/**
 * Why a source with nothing configured is refused, in words an operator can act on: the setting that would verify
 * it, and the allowance that accepts it unverified on purpose. Answered to the sender too, which learns nothing
 * secret from it (which checks a BSP supports is public).
 */
final class MissingVerification {

    private MissingVerification() {}

    static String reason(Bsp bsp) {
        return "no verification configured for " + bsp.id() + ": set " + setting(bsp)
                + ", or accept it unverified on purpose with webhooks.allowUnverified: [" + bsp.id()
                + "] (ZEN_WEBHOOKS_ALLOW_UNVERIFIED=" + bsp.id() + ")";
    }

    private static String setting(Bsp bsp) {
        String source = "webhooks.sources." + bsp.id();
        return switch (bsp) {
            case META -> source + ".signingSecrets (ZEN_META_APP_SECRET)";
            case TWILIO -> source + ".signingSecrets (ZEN_TWILIO_AUTH_TOKEN)";
            case AISENSY -> source + ".signingSecrets (ZEN_AISENSY_SECRET)";
            case DATAGEN, KARIX, GUPSHUP -> source + ".sharedTokens or " + source + ".allowedIps";
        };
    }
}
