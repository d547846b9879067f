package zen.gateway.adapter.inbound.http;

import java.util.LinkedHashMap;
import java.util.Map;
import zen.gateway.application.port.inbound.campaigns.CampaignDetails;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignFunnel;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/** Campaigns and recipients as the API answers them. */
final class CampaignView {

    private CampaignView() {}

    static Map<String, Object> of(Campaign c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("project_owner_id", c.projectOwnerId());
        body.put("name", c.name());
        body.put("from", c.from());
        body.put("template", Map.of("name", c.templateName(), "language", c.templateLanguage()));
        body.put("start_at", c.startAt() == null ? null : c.startAt().toString());
        body.put("status", c.status().wireName());
        body.put("created_at", c.createdAt().toString());
        body.put("updated_at", c.updatedAt().toString());
        return body;
    }

    static Map<String, Object> of(CampaignDetails details) {
        Map<String, Object> body = of(details.campaign());
        CampaignFunnel f = details.funnel();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("recipients", f.recipients());
        for (RecipientStatus s : RecipientStatus.values()) {
            if (s != RecipientStatus.OPTED_OUT) {
                counts.put(s.wireName(), f.count(s));
            }
        }
        counts.put("skipped_duplicate", f.duplicates());
        counts.put("skipped_opted_out", f.count(RecipientStatus.OPTED_OUT));
        counts.put("invalid", f.invalid());
        body.put("counts", counts);
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("sent", f.rate(f.reached()));
        rates.put("delivered", f.rate(f.delivered()));
        rates.put("read", f.rate(f.count(RecipientStatus.READ)));
        rates.put("failed", f.rate(f.count(RecipientStatus.FAILED)));
        body.put("rates", rates);
        return body;
    }

    static Map<String, Object> of(Recipient r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", r.phone());
        body.put("parameters", r.parameters());
        body.put("line", r.line());
        body.put("status", r.status().wireName());
        body.put("message_id", r.messageId());
        body.put("wamid", r.wamid());
        body.put("error", r.error());
        body.put("updated_at", r.updatedAt().toString());
        return body;
    }
}
