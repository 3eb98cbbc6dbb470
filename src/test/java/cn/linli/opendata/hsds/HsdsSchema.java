package cn.linli.opendata.hsds;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS 3.0 schema of one table (src/test/resources/hsds-3.0: the specification's types, formats, enums and
 * required fields), with formats asserted (uuid, uri, email, date-time), not merely annotated.
 */
final class HsdsSchema {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    static final JsonNode DOCUMENT = JsonMapper.builder()
            .build()
            .readTree(HsdsSchema.class.getResourceAsStream("/hsds-3.0/hsds-3.0.schema.json"));

    private final Schema schema;

    private HsdsSchema(String table) {
        this.schema = REGISTRY.getSchema(SchemaLocation.of("classpath:hsds-3.0/hsds-3.0.schema.json#/$defs/" + table));
    }

    static HsdsSchema of(String table) {
        return new HsdsSchema(table);
    }

    /** What is wrong with {@code node} as an HSDS {@code table} record; empty when it is valid. */
    List<String> problems(JsonNode node) {
        return schema
                .validate(node, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream()
                .map(Object::toString)
                .toList();
    }

    /** The fields HSDS requires of the table, and those its tabular form requires too. */
    static List<String> required(String table, String list) {
        return DOCUMENT.at("/$defs/" + table + "/" + list)
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }
}
