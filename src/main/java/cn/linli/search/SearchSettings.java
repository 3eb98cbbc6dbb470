package cn.linli.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxTextLength longest search text accepted, in characters
 * @param maxCandidates best matches taken from each index before filters and paging
 */
@ConfigurationProperties("linli.search")
public record SearchSettings(
        @DefaultValue("100") int maxTextLength,
        @DefaultValue("2000") int maxCandidates) {}
