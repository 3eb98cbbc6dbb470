package cn.linli.opendata.hsds;

import graphql.schema.GraphQLEnumType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Linli's two classifications as HSDS taxonomies: the categories of service items ({@code ServiceCategory}) and the
 * kinds of providers ({@code ProviderKind}). The schema's enums are the lists of terms; a provider kind is named by
 * its description in the schema (邻里中心, 养老服务点, ...), a category (which has none there) by the label below.
 */
@Component
class Taxonomies {

    static final String CATEGORIES = "service_category";
    static final String KINDS = "provider_kind";

    /** Chinese names of the service categories (schema/service.graphqls lists them without descriptions). */
    private static final Map<String, String> CATEGORY_NAMES = Map.ofEntries(
            Map.entry("ELDERLY_CARE", "养老服务"),
            Map.entry("MEDICAL", "医疗卫生"),
            Map.entry("CHILDCARE", "托育服务"),
            Map.entry("EDUCATION", "教育"),
            Map.entry("LEGAL", "法律服务"),
            Map.entry("GOVERNMENT_AFFAIRS", "政务服务"),
            Map.entry("CULTURE", "文化"),
            Map.entry("READING", "阅读"),
            Map.entry("SPORTS", "体育健身"),
            Map.entry("EMPLOYMENT", "就业"),
            Map.entry("SOCIAL_ASSISTANCE", "社会救助"),
            Map.entry("VOLUNTEERING", "志愿服务"),
            Map.entry("PARTY_SERVICE", "党建服务"),
            Map.entry("SAFETY", "平安建设"),
            Map.entry("CONVENIENCE", "便民服务"),
            Map.entry("MEDIATION", "矛盾调解"),
            Map.entry("HOUSING", "住房"),
            Map.entry("ENVIRONMENT", "环境"));

    /** One term: its taxonomy, its code (the enum value) and its name. */
    record Term(String taxonomy, String code, String name) {

        String id() {
            return HsdsIds.of("taxonomy_term", taxonomy + "/" + code);
        }
    }

    private final List<Term> terms;

    Taxonomies(GraphQlSource graphQl) {
        List<Term> categories = ((GraphQLEnumType) graphQl.schema().getType("ServiceCategory"))
                .getValues().stream()
                        .map(v -> new Term(
                                CATEGORIES, v.getName(), CATEGORY_NAMES.getOrDefault(v.getName(), v.getName())))
                        .toList();
        List<Term> kinds = ((GraphQLEnumType) graphQl.schema().getType("ProviderKind"))
                .getValues().stream()
                        .map(v -> new Term(
                                KINDS, v.getName(), v.getDescription() == null ? v.getName() : v.getDescription()))
                        .toList();
        this.terms = java.util.stream.Stream.concat(categories.stream(), kinds.stream())
                .toList();
    }

    static String taxonomyId(String taxonomy) {
        return HsdsIds.of("taxonomy", taxonomy);
    }

    static String termId(String taxonomy, String code) {
        return new Term(taxonomy, code, null).id();
    }

    /** The name of provider kind {@code kind} (the schema's description), e.g. 邻里中心. */
    String kindName(String kind) {
        return terms.stream()
                .filter(t -> t.taxonomy().equals(KINDS) && t.code().equals(kind))
                .map(Term::name)
                .findFirst()
                .orElse(kind);
    }

    List<Map<String, Object>> taxonomyRows() {
        return List.of(
                taxonomy(
                        CATEGORIES,
                        "Linli 服务事项类别 (ServiceCategory)",
                        "Categories of Linli's service items and resources: schema/service.graphqls, enum ServiceCategory."),
                taxonomy(
                        KINDS,
                        "Linli 服务主体类型 (ProviderKind)",
                        "Kinds of Linli's providers (who serves): schema/provider.graphqls, enum ProviderKind."));
    }

    List<Map<String, Object>> termRows() {
        return terms.stream().map(this::termRow).toList();
    }

    Map<String, Object> termRow(Term term) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", term.id());
        row.put("code", term.taxonomy() + "/" + term.code());
        row.put("name", term.name());
        row.put(
                "description",
                term.name() + " (Linli " + (term.taxonomy().equals(CATEGORIES) ? "ServiceCategory " : "ProviderKind ")
                        + term.code() + ")");
        row.put("taxonomy", term.taxonomy().equals(CATEGORIES) ? "Linli ServiceCategory" : "Linli ProviderKind");
        row.put("taxonomy_id", taxonomyId(term.taxonomy()));
        row.put("language", "zh");
        return row;
    }

    private static Map<String, Object> taxonomy(String key, String name, String description) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", taxonomyId(key));
        row.put("name", name);
        row.put("description", description);
        row.put("version", "1");
        return row;
    }
}
