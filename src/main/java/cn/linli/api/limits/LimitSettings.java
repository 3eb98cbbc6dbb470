package cn.linli.api.limits;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one GraphQL request may ask for. Every portal document in the test suite stays well inside
 * these; a request over any of them is rejected before anything runs (docs/ERRORS.md, LIMIT_EXCEEDED).
 *
 * @param maxBodyBytes      size of an HTTP request body (document, variables and extensions together), bytes;
 *                          a larger body is refused with 413 before or while it is read
 * @param maxBytes          size of the document text in UTF-8 bytes
 * @param maxTokens         lexical tokens of the document (graphql-java's parser is bounded to the same number)
 * @param maxAliases        aliased fields in the document
 * @param maxDepth          nesting of fields in the executed operation (introspection fields excluded)
 * @param maxCost           cost of the executed operation: 1 per object field, a paged field multiplying
 *                          its children by its page size, a radius adding {@code radius / radiusUnit}
 * @param pageArguments     the arguments that set a field's page size ({@code first} forward, {@code last}
 *                          backward); none given = the default page size
 * @param radiusArgument    the argument of area searches whose size adds to the field's cost
 * @param radiusUnit        radius (in the argument's unit, metres) that adds 1 to the cost
 * @param persistedQueries  registered operations kept for call by sha256 hash (automatic persisted queries)
 */
@ConfigurationProperties("linli.limits")
public record LimitSettings(
        @DefaultValue("262144") long maxBodyBytes,
        @DefaultValue("16384") int maxBytes,
        @DefaultValue("2000") int maxTokens,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("15") int maxDepth,
        @DefaultValue("50000") long maxCost,
        @DefaultValue({"first", "last"}) List<String> pageArguments,
        @DefaultValue("radius") String radiusArgument,
        @DefaultValue("1000") double radiusUnit,
        @DefaultValue("1000") int persistedQueries) {}
