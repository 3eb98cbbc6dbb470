package cn.linli.hours;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.linli.seed.Derivation;

/** Stores {@code openWeek} (see {@link OpeningHours#weekIntervals()}) beside {@code hours}; empty when unknown. */
@Component
class OpeningHoursDerivation implements Derivation {

    @Override
    public Set<String> labels() {
        return Set.of("Provider", "ServiceItem");
    }

    @Override
    public List<String> targets() {
        return List.of("openWeek");
    }

    @Override
    public Map<String, Object> derive(Map<String, Object> node) {
        List<Integer> week = OpeningHours.parse((String) node.get("hours")).map(OpeningHours::weekIntervals).orElse(List.of());
        return Map.of("openWeek", week);
    }
}
