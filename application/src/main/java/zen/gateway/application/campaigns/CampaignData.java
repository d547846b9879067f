package zen.gateway.application.campaigns;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;
import zen.gateway.domain.campaign.RecipientStatus;

/**
 * A campaign event's {@code data}: the campaign as {@code GET /api/v1/campaigns/{id}} answers it (the HTTP adapter's
 * {@code CampaignView}, kept field for field; CampaignEndToEndTest compares the two), so a receiver parses one shape.
 */
final class CampaignData {

    private CampaignData() {}

    static ObjectNode of(Campaign c, CampaignFunnel f) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", c.id());
        body.put("project_owner_id", c.projectOwnerId());
        body.put("name", c.name());
        body.put("from", c.from());
        body.putObject("template").put("name", c.templateName()).put("language", c.templateLanguage());
        body.put("start_at", c.startAt() == null ? null : c.startAt().toString());
        body.put("status", c.status().wireName());
        body.put("created_at", c.createdAt().toString());
        body.put("updated_at", c.updatedAt().toString());
        ObjectNode counts = body.putObject("counts");
        counts.put("recipients", f.recipients());
        for (RecipientStatus s : RecipientStatus.values()) {
            if (s != RecipientStatus.OPTED_OUT) {
                counts.put(s.wireName(), f.count(s));
            }
        }
        counts.put("skipped_duplicate", f.duplicates());
        counts.put("skipped_opted_out", f.count(RecipientStatus.OPTED_OUT));
        counts.put("invalid", f.invalid());
        ObjectNode rates = body.putObject("rates");
        rates.put("sent", f.rate(f.reached()));
        rates.put("delivered", f.rate(f.delivered()));
        rates.put("read", f.rate(f.count(RecipientStatus.READ)));
        rates.put("failed", f.rate(f.count(RecipientStatus.FAILED)));
        return body;
    }
}
