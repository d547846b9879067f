package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code project_numbers}: one document per business number. */
final class ProjectNumberFields {

    static final String BUSINESS_NUMBER = "business_number";
    static final String PROJECT_OWNER_ID = "project_owner_id";

    private ProjectNumberFields() {}
}
