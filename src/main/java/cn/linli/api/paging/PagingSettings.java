package cn.linli.api.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultSize page size when a client gives no {@code first}
 * @param maxSize     largest {@code first} accepted
 * @param maxOffset   deepest position a cursor may point to
 */
@ConfigurationProperties("linli.paging")
public record PagingSettings(
        @DefaultValue("20") int defaultSize,
        @DefaultValue("100") int maxSize,
        @DefaultValue("100000") int maxOffset) {
}
