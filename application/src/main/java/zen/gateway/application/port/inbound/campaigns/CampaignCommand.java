package zen.gateway.application.port.inbound.campaigns;

import java.time.Instant;

/**
 * A new campaign as the caller asks for it; checks what it can alone.
 *
 * @param from    a sender's business number; null for the project's default sender
 * @param startAt when a started campaign begins; null for at once
 */
public record CampaignCommand(String projectOwnerId, String name, String from, String templateName,
        String templateLanguage, Instant startAt) {

    public CampaignCommand {
        if (projectOwnerId == null || projectOwnerId.isBlank()) {
            throw new IllegalArgumentException("project_owner_id is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (templateName == null || templateName.isBlank()) {
            throw new IllegalArgumentException("template.name is required");
        }
        if (templateLanguage == null || templateLanguage.isBlank()) {
            throw new IllegalArgumentException("template.language is required");
        }
    }
}
