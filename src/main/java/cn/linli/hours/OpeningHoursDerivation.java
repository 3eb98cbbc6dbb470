package cn.linli.hours;

import cn.linli.seed.Derivation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Stores {@code openWeek} (the ordinary week, {@link OpeningHours#weekIntervals()}) and {@code openDays} (every day
 * type, {@link OpeningHours#dayIntervals()}, what {@link OpenAt} filters on) beside {@code hours}; empty when unknown.
 */
@Component
class OpeningHoursDerivation implements Derivation {

    @Override
    public Set<String> labels() {
        return Set.of("Provider", "ServiceItem");
    }

    @Override
    public List<String> targets() {
        return List.of("openWeek", "openDays");
    }

    @Override
    public Map<String, Object> derive(Map<String, Object> node) {
        Optional<OpeningHours> hours = OpeningHours.parse((String) node.get("hours"));
        return Map.of(
                "openWeek",
                hours.map(OpeningHours::weekIntervals).orElse(List.of()),
                "openDays",
                hours.map(OpeningHours::dayIntervals).orElse(List.of()));
    }
}
