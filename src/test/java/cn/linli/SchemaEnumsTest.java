package cn.linli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.api.Provenance;
import cn.linli.changes.ChangeKind;
import cn.linli.coverage.CoverageOrder;
import cn.linli.event.EventAction;
import cn.linli.event.EventLevel;
import cn.linli.event.EventRole;
import cn.linli.event.EventSort;
import cn.linli.event.EventStatus;
import cn.linli.event.Open311Status;
import cn.linli.geo.CoordinateSystem;
import cn.linli.need.NeedSort;
import cn.linli.need.NeedStatus;
import cn.linli.partner.Scope;
import cn.linli.partner.StoredKey;
import cn.linli.place.PlaceKind;
import cn.linli.place.PlaceLevel;
import cn.linli.provider.ProviderKind;
import cn.linli.provider.ProviderLevel;
import cn.linli.provider.ServiceCategory;
import cn.linli.resource.ResourceSort;
import cn.linli.resource.ResourceStatus;
import cn.linli.resource.ResourceType;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schema is the public contract and Java enums are what the code (and the seed's checks) use: every enum of the
 * schema lists exactly the constants of its Java counterpart, in the same order, so neither drifts from the other.
 */
class SchemaEnumsTest {

    private static final Map<String, Class<? extends Enum<?>>> COUNTERPARTS = Map.ofEntries(
            Map.entry("Provenance", Provenance.class),
            Map.entry("CoordinateSystem", CoordinateSystem.class),
            Map.entry("PlaceLevel", PlaceLevel.class),
            Map.entry("PlaceKind", PlaceKind.class),
            Map.entry("ProviderKind", ProviderKind.class),
            Map.entry("ProviderLevel", ProviderLevel.class),
            Map.entry("ServiceCategory", ServiceCategory.class),
            Map.entry("ResourceType", ResourceType.class),
            Map.entry("ResourceStatus", ResourceStatus.class),
            Map.entry("ResourceSort", ResourceSort.class),
            Map.entry("NeedStatus", NeedStatus.class),
            Map.entry("NeedSort", NeedSort.class),
            Map.entry("CoverageOrder", CoverageOrder.class),
            Map.entry("Weekday", DayOfWeek.class),
            Map.entry("ApiKeyScope", Scope.class),
            Map.entry("ApiKeyStatus", StoredKey.Status.class),
            Map.entry("ChangeKind", ChangeKind.class),
            Map.entry("EventStatus", EventStatus.class),
            Map.entry("Open311Status", Open311Status.class),
            Map.entry("EventLevel", EventLevel.class),
            Map.entry("EventAction", EventAction.class),
            Map.entry("EventRole", EventRole.class),
            Map.entry("EventSort", EventSort.class));

    @Test
    void everySchemaEnumHasAJavaCounterpart() throws IOException {
        assertThat(schema().getTypes(EnumTypeDefinition.class))
                .extracting(EnumTypeDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(COUNTERPARTS.keySet());
    }

    @Test
    void eachSchemaEnumListsItsJavaEnumsConstantsInOrder() throws IOException {
        TypeDefinitionRegistry schema = schema();
        COUNTERPARTS.forEach((name, java) -> {
            List<String> inSchema =
                    schema.getType(name, EnumTypeDefinition.class).orElseThrow().getEnumValueDefinitions().stream()
                            .map(EnumValueDefinition::getName)
                            .toList();
            List<String> inJava =
                    Arrays.stream(java.getEnumConstants()).map(Enum::name).toList();
            assertThat(inSchema).as("enum %s and %s", name, java.getName()).isEqualTo(inJava);
        });
    }

    /** The schema as the service loads it: every file under graphql/ on the classpath (schema/ in the repository). */
    private static TypeDefinitionRegistry schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
        assertThat(files).isNotEmpty();
        for (Resource file : files) {
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        return registry;
    }
}
