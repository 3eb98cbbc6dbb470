package cn.linli.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.linli.seed.Derivation;

/** Writes {@link SearchTerms} on every provider and service item after an import. */
@Component
class SearchTermsDerivation implements Derivation {

    @Override
    public Set<String> labels() {
        return Set.of("Provider", "ServiceItem");
    }

    @Override
    public List<String> targets() {
        return List.of("pinyin", "initials", "aliasPinyin", "aliasInitials");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> derive(Map<String, Object> node) {
        return SearchTerms.of((String) node.get("name"), (List<String>) node.get("aliases")).properties();
    }
}
