package zen.gateway.adapter.outbound.http.send;

import zen.gateway.domain.send.SendErrorClass;

/**
 * What an error reply means when the provider's own code or words name nothing its table knows. Only the last
 * resort: bsp/send/README.md §3 warns that statuses lie (360dialog throttles with 400, AiSensy reports a dead plan
 * with 400).
 */
final class HttpStatusFallback {

    private HttpStatusFallback() {}

    static SendErrorClass classify(int status) {
        if (status == 429) {
            return SendErrorClass.THROTTLED;
        }
        // 402: AiSensy's "Insufficient credits" (aisensy.md §4). 404, 405 and redirects without a provider code mean
        // the URL is not the provider's API (a wrong base URL or account id): every send of this sender meets them.
        if (status == 401 || status == 402 || status == 403 || status == 404 || status == 405
                || (status >= 300 && status < 400)) {
            return SendErrorClass.SENDER_BLOCKED;
        }
        // 408 and 5xx: the provider had the request, or part of it, and gave no verdict.
        if (status == 408 || status >= 500) {
            return SendErrorClass.SERVER_FAULT;
        }
        return SendErrorClass.PERMANENT;
    }
}
