package zen.gateway.application.port.inbound.conversations;

import zen.gateway.domain.conversation.ServiceWindow;

/**
 * Whether a business may send a customer free-form text now: the window the customer's last message opened. The
 * send path asks it before a text send ({@code 422 outside_customer_service_window} unless forced).
 */
public interface ServiceWindowQuery {

    /** The window of {@code customerNumber} (any spelling of the number) with the project; closed if they never wrote. */
    ServiceWindow window(String projectOwnerId, String customerNumber);
}
