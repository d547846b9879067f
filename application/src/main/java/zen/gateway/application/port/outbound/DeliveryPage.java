package zen.gateway.application.port.outbound;

import java.util.List;
import zen.gateway.domain.delivery.Delivery;

/** One page of deliveries; {@code next} is null on the last page. */
public record DeliveryPage(List<Delivery> items, PageCursor next) {
    public DeliveryPage {
        items = List.copyOf(items);
    }
}
