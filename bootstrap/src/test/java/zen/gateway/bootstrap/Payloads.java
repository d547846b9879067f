package zen.gateway.bootstrap;

/** Realistic BSP bodies (shapes from shared/bsp; ids and numbers made up) for the end-to-end tests. */
final class Payloads {

    private Payloads() {}

    static final String BUSINESS = "919800099999";

    static String datagenStatus(String mid, String status, long timestampMillis) {
        return """
                {"channel":"WABA","appDetails":{"type":"LIVE","id":""},
                 "recipient":{"to":"919800000001","recipient_type":"individual","reference":{"cust_ref":"gw-1"}},
                 "batchId":"","campaignId":"camp-7","templateId":"order_shipped_v2","templateCategory":"UTILITY",
                 "sender":{"from":"%s"},
                 "events":{"eventType":"DELIVERY EVENTS","timestamp":"%d","date":"2026-January-01","mid":"%s"},
                 "notificationAttributes":{"status":"%s","reason":"r","code":"101"},
                 "convDetails":{"conversationType":"utility","isBillable":"true","waConvId":"0123","kxBillable":"N","uim":"","bim":""}}
                """.formatted(BUSINESS, timestampMillis, mid, status);
    }

    static String datagenInbound(String mid, String text) {
        return """
                {"channel":"WABA","events":{"eventType":"User initiated","timestamp":"1767261900000","mid":"%s"},
                 "eventContent":{"message":{"from":"919800000001","to":"%s","contentType":"text","profileName":"Test User",
                 "text":{"body":"%s"}}}}
                """.formatted(mid, BUSINESS, text);
    }

    static String aisensyStatus(String notificationId, String wamid, String status) {
        return """
                {"id":"%s","created_at":"2026-01-01T10:00:05.120Z","topic":"message.status.updated",
                 "project_id":"65f0c0ffee0000000000b002","delivery_attempt":"1",
                 "data":{"message":{"type":"message","id":"65f0c0ffee0000000000c003","messageId":"%s",
                 "project_id":"65f0c0ffee0000000000b002","phone_number":"919800000001","countryCode":"91",
                 "userName":"Test User","message_type":"TEXT","message_content":{"text":"hi"},"status":"%s","is_HSM":true,
                 "sent_at":1767261603000,"delivered_at":1767261605000,"read_at":null,"failed_at":null,"failureResponse":{},
                 "context":null,"campaign":null}}}
                """.formatted(notificationId, wamid, status);
    }
}
