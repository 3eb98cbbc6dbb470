package cn.linli.api.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes. There is no bound on how deep a cursor may point: a page is a seek to its cursor's key, as cheap
 * deep in a list as at its start (docs/PERFORMANCE.md, "Deep pages").
 *
 * @param defaultSize page size when a client gives neither {@code first} nor {@code last}
 * @param maxSize     largest {@code first} or {@code last} accepted
 */
@ConfigurationProperties("linli.paging")
public record PagingSettings(
        @DefaultValue("20") int defaultSize,
        @DefaultValue("100") int maxSize) {}
