package cn.linli.opendata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds and statements of the open-data exports (docs/OPEN_DATA.md).
 *
 * @param exportTimeout        upper bound of the read transaction of one export stream (the API's queries have
 *                             {@code linli.neo4j.query-timeout}; a whole table at scale takes longer)
 * @param maxConcurrentExports full exports streaming at once per instance; more are refused with 503 and
 *                             {@code Retry-After}, so that a crowd of mirrors cannot take every request thread
 * @param retryAfterSeconds    what a refused export is told to wait
 * @param licenseName          SPDX-style identifier of the data's licence, stated in every datapackage.json
 * @param licenseTitle         its title
 * @param licensePath          where its text is
 */
@ConfigurationProperties("linli.opendata")
public record OpenDataSettings(
        @DefaultValue("10m") Duration exportTimeout,
        @DefaultValue("2") int maxConcurrentExports,
        @DefaultValue("5") long retryAfterSeconds,
        @DefaultValue("CC-BY-4.0") String licenseName,
        @DefaultValue("Creative Commons Attribution 4.0") String licenseTitle,

        @DefaultValue("https://creativecommons.org/licenses/by/4.0/")
        String licensePath) {}
