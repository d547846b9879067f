package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Meta's reply shapes (meta-cloud-api.md §3, §4, §8), which 360dialog and AiSensy's Project API share. */
final class CloudApiAnswers {

    private CloudApiAnswers() {}

    /**
     * {@code messages[0].message_status} is only given on template sends (§3), so texts get none.
     * {@code wa_id} is the digits Meta resolved; {@code input} echoes {@code to} unchanged.
     */
    static StandInAnswer accepted(JsonNode request, String messageId, boolean withMessagingProduct) {
        ObjectNode reply = StandInJson.object();
        if (withMessagingProduct) {
            reply.put("messaging_product", "whatsapp");
        }
        String to = request.path("to").asText();
        reply.putArray("contacts").addObject().put("input", to).put("wa_id", to.replace("+", ""));
        ObjectNode message = reply.putArray("messages").addObject().put("id", messageId);
        if ("template".equals(request.path("type").asText())) {
            message.put("message_status", "accepted");
        }
        return StandInAnswer.json(200, StandInJson.write(reply));
    }

    /** {@code {"error": {message "(#code) title", type, code, error_data {messaging_product, details}, fbtrace_id}}} (§4). */
    static StandInAnswer error(int httpStatus, int code, String title, String details) {
        ObjectNode error = StandInJson.object();
        ObjectNode fields = error.putObject("error")
                .put("message", "(#" + code + ") " + title)
                .put("type", "OAuthException")
                .put("code", code);
        if (details != null) {
            fields.putObject("error_data").put("messaging_product", "whatsapp").put("details", details);
        }
        fields.put("fbtrace_id", "ASTANDINTRACE");
        return StandInAnswer.json(httpStatus, StandInJson.write(error));
    }

    /** A request the doc would not take: Meta's 100, invalid parameter (§5 "Fix the request"). */
    static StandInAnswer invalidParameter(java.util.List<String> problems) {
        return error(400, 100, "Invalid parameter", "stand-in: " + String.join("; ", problems));
    }

    /**
     * 130429 in one of the two HTTP statuses Meta's copies disagree about (§5): 400, so that a client reading the
     * status instead of the code is caught.
     */
    static StandInAnswer throughputReached() {
        return error(400, 130429, "Rate limit hit", "Cloud API message throughput has been reached.");
    }

    static StandInAnswer reEngagementRequired() {
        return error(400, 131047, "Re-engagement message",
                "More than 24 hours have passed since the recipient last replied to the sender number.");
    }

    static StandInAnswer somethingWentWrong() {
        return error(500, 131000, "Something went wrong", "Something went wrong.");
    }
}
