package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import zen.gateway.application.port.inbound.campaigns.RecipientLine;

/**
 * {@code {"recipients": [{"to": "...", "parameters": ["...", ...]}, ...]}} read with Jackson's streaming parser, one
 * recipient at a time, never the whole list. A recipient of the wrong shape is reported and the next one read; a
 * body that is not JSON any more stops the reading there, reported as the last bad line (what came before stays).
 */
final class JsonRecipients implements Iterator<RecipientLine> {

    private final JsonParser parser;
    private long line;
    private RecipientLine next;
    private boolean done;

    JsonRecipients(ObjectMapper json, InputStream body) throws IOException {
        this.parser = json.getFactory().createParser(body);
        parser.setCodec(json);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("the body must be a JSON object {\"recipients\": [...]}");
        }
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT || token == null) {
                throw new IllegalArgumentException("the body has no \"recipients\" array");
            }
            String name = parser.currentName();
            token = parser.nextToken();
            if ("recipients".equals(name)) {
                if (token != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("\"recipients\" must be an array");
                }
                return;
            }
            parser.skipChildren();
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        line++;
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                done = true;
                return false;
            }
            next = recipient(line, parser.readValueAsTree());
        } catch (JsonProcessingException e) {
            done = true;
            next = RecipientLine.unreadable(line, "the body is not JSON from here on: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static RecipientLine recipient(long line, JsonNode node) {
        if (node == null || !node.isObject() || !node.path("to").isTextual()) {
            return RecipientLine.unreadable(line, "a recipient must be an object with \"to\" as a string");
        }
        JsonNode parameters = node.path("parameters");
        List<String> values = new ArrayList<>();
        if (!parameters.isMissingNode() && !parameters.isNull()) {
            if (!parameters.isArray()) {
                return RecipientLine.unreadable(line, "\"parameters\" must be an array of strings");
            }
            for (JsonNode p : parameters) {
                if (!p.isValueNode() || p.isNull()) {
                    return RecipientLine.unreadable(line, "\"parameters\" must be an array of strings");
                }
                values.add(p.asText());
            }
        }
        return new RecipientLine(line, node.get("to").asText(), values, null);
    }

    @Override
    public RecipientLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RecipientLine taken = next;
        next = null;
        return taken;
    }
}
