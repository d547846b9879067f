package zen.gateway.adapter.inbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.inbound.campaigns.RecipientLine;

/** Uploads read line by line: CSV with quotes, JSON with the streaming parser; a bad line is reported, not fatal. */
class RecipientUploadsTest {

    private static List<RecipientLine> all(Iterator<RecipientLine> lines) {
        List<RecipientLine> read = new ArrayList<>();
        lines.forEachRemaining(read::add);
        return read;
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csvLinesAfterTheHeaderWithQuotedFieldsAndBlankLinesSkipped() {
        List<RecipientLine> read = all(new CsvRecipients(body("phone,name,offer\n"
                + "+919800000001,\"Asha, Dr.\",10%\n"
                + "\n"
                + "+919800000002,\"say \"\"hi\"\"\",x\r\n"
                + "+919800000003,\"unclosed\n"
                + "+919800000004\n")));

        assertThat(read).hasSize(4);
        assertThat(read.get(0)).isEqualTo(new RecipientLine(1, "+919800000001", List.of("Asha, Dr.", "10%"), null));
        assertThat(read.get(1).parameters()).containsExactly("say \"hi\"", "x");
        assertThat(read.get(1).line()).isEqualTo(3);
        assertThat(read.get(2).error()).contains("quoted field");
        assertThat(read.get(3)).isEqualTo(new RecipientLine(5, "+919800000004", List.of(), null));
    }

    @Test
    void jsonRecipientsOneAtATimeWithBadOnesReported() throws IOException {
        List<RecipientLine> read = all(new JsonRecipients(new ObjectMapper(), body("""
                {"campaign":"ignored","recipients":[
                  {"to":"+919800000001","parameters":["Asha",10]},
                  {"to":12},
                  {"to":"+919800000002","parameters":"nope"},
                  {"to":"+919800000003"}
                ]}""")));

        assertThat(read).extracting(RecipientLine::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(read.get(0).parameters()).containsExactly("Asha", "10");
        assertThat(read.get(1).error()).contains("\"to\"");
        assertThat(read.get(2).error()).contains("parameters");
        assertThat(read.get(3).to()).isEqualTo("+919800000003");
    }

    @Test
    void jsonThatBreaksOffStopsWithTheLastLineReported() throws IOException {
        List<RecipientLine> read = all(new JsonRecipients(new ObjectMapper(), body("""
                {"recipients":[{"to":"+919800000001"},{"to":"+9198""")));

        assertThat(read).hasSize(2);
        assertThat(read.get(1).error()).contains("not JSON");
        assertThat(read.get(1).line()).isEqualTo(2);
        assertThatThrownBy(() -> new JsonRecipients(new ObjectMapper(), body("{\"other\":[]}")))
                .hasMessageContaining("no \"recipients\"");
    }
}
