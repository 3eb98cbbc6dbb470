package cn.linli.search;

import cn.linli.seed.Derivation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Writes {@link SearchTerms} on every provider, service item and resource after an import. */
@Component
class SearchTermsDerivation implements Derivation {

    /**
     * The spelling rules: HanLP in context plus Linli's phrases, the character-by-character reading, ü also as u.
     * A store derived by other rules (pinyin4j's every combination, before) is spelled again at start-up.
     */
    static final String SCHEME = "hanlp-context+characters+u-1";

    @Override
    public Set<String> labels() {
        return Set.of("Provider", "ServiceItem", "Resource");
    }

    @Override
    public List<String> targets() {
        return List.of("pinyin", "initials", "aliasPinyin", "aliasInitials");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> derive(Map<String, Object> node) {
        return SearchTerms.of((String) node.get("name"), (List<String>) node.get("aliases"))
                .properties();
    }

    @Override
    public Map<String, String> stamp() {
        return Map.of("pinyinScheme", SCHEME);
    }
}
