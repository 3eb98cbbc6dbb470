package cn.linli.coverage;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Coverage analysis settings.
 *
 * @param defaultRadius    walking radius in metres when a client gives none
 * @param maxRadius        largest radius accepted
 * @param lifeCircleRadii  the radii of the life circle, in metres (GB 50180-2018: 5, 10 and 15 minutes' walk)
 * @param lifeCircleKinds  the provider kinds the life circle checks
 * @param maxWorstGrids    largest number of worst-covered grids a life circle lists
 * @param mapMaxGrids      largest number of grids one GeoJSON map answer draws
 */
@ConfigurationProperties("linli.coverage")
public record CoverageSettings(
        @DefaultValue("500") int defaultRadius,
        @DefaultValue("5000") int maxRadius,
        @DefaultValue({"300", "500", "1000"}) List<Integer> lifeCircleRadii,

        @DefaultValue({
            "ELDERLY_CARE",
            "MEDICAL",
            "CHILDCARE",
            "KINDERGARTEN",
            "NEIGHBORHOOD_CENTER",
            "LEGAL_SERVICE",
            "POCKET_PARK"
        })
        List<String> lifeCircleKinds,

        @DefaultValue("100") int maxWorstGrids,
        @DefaultValue("5000") int mapMaxGrids) {

    public CoverageSettings {
        lifeCircleRadii = lifeCircleRadii.stream().sorted().distinct().toList();
        lifeCircleKinds = List.copyOf(lifeCircleKinds);
        if (lifeCircleRadii.isEmpty()
                || lifeCircleRadii.get(0) <= 0
                || lifeCircleRadii.get(lifeCircleRadii.size() - 1) > maxRadius) {
            throw new IllegalArgumentException("linli.coverage.life-circle-radii must be between 1 and max-radius ("
                    + maxRadius + ") metres, got " + lifeCircleRadii);
        }
    }
}
