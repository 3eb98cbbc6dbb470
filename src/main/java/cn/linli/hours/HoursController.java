package cn.linli.hours;

import java.time.Clock;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.linli.provider.Provider;
import cn.linli.provider.ServiceItem;

/** Structured schedules and "open now" of providers and service items, parsed from their {@code hours}. */
@Controller
class HoursController {

    private final Clock clock = Clock.system(WeekMinute.ZONE);

    @SchemaMapping(typeName = "Provider")
    OpeningHours schedule(Provider provider) {
        return OpeningHours.parse(provider.hours()).orElse(null);
    }

    @SchemaMapping(typeName = "Provider")
    Boolean openNow(Provider provider) {
        return openNow(provider.hours());
    }

    @SchemaMapping(typeName = "ServiceItem", field = "schedule")
    OpeningHours itemSchedule(ServiceItem item) {
        return OpeningHours.parse(item.hours()).orElse(null);
    }

    @SchemaMapping(typeName = "ServiceItem", field = "openNow")
    Boolean itemOpenNow(ServiceItem item) {
        return openNow(item.hours());
    }

    private Boolean openNow(String hours) {
        return OpeningHours.parse(hours).map(h -> h.isOpenAt(WeekMinute.now(clock))).orElse(null);
    }
}
