package cn.linli.partner;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance remembers the keys it has looked up.
 *
 * @param recheckAfter  how long a key looked up in the store is trusted without asking the store again: a key
 *                      revoked through any instance (several may share one Neo4j) is refused by every instance at
 *                      most this long afterwards
 * @param lastUsedEvery how often, at most, an instance writes a key's {@code lastUsedAt}: its precision, bought
 *                      with one small write per key and instance in this time rather than one per request
 */
@ConfigurationProperties("linli.api-keys")
public record ApiKeySettings(
        @DefaultValue("1s") Duration recheckAfter,
        @DefaultValue("1m") Duration lastUsedEvery) {}
