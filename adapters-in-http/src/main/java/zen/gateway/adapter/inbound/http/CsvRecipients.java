package zen.gateway.adapter.inbound.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import zen.gateway.application.port.inbound.campaigns.RecipientLine;

/**
 * A CSV upload read one line at a time, never whole: a header row, then the phone number and the template's
 * parameters in order. Fields may be quoted ({@code "a, b"}, {@code ""} for a quote); a quoted field cannot span
 * lines. A line that cannot be read is reported as such and the next one is read. Blank lines are skipped.
 */
final class CsvRecipients implements Iterator<RecipientLine> {

    private final BufferedReader reader;
    private long line;
    private RecipientLine next;

    CsvRecipients(InputStream body) {
        this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        readLine(); // the header
        line = 0;
    }

    private String readLine() {
        try {
            String text = reader.readLine();
            line++;
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            String text = readLine();
            if (text == null) {
                return false;
            }
            if (!text.isBlank()) {
                next = parse(line, text);
            }
        }
        return true;
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

    static RecipientLine parse(long line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            return RecipientLine.unreadable(line, "a quoted field is not closed on this line");
        }
        fields.add(field.toString().strip());
        return new RecipientLine(line, fields.get(0), fields.subList(1, fields.size()), null);
    }
}
