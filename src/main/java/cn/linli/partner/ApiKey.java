package cn.linli.partner;

import cn.linli.api.errors.ForbiddenException;
import cn.linli.place.Place;
import java.util.List;
import java.util.Set;

/**
 * A valid key as its holder is known to the API: the partner it is bound to (a provider id such as
 * {@code dept-01}, or another name for a partner that is not a provider), its scopes and the places
 * (division codes, each with its whole subtree) it may write under.
 */
public record ApiKey(String partner, Set<Scope> scopes, List<String> places) {

    public boolean admin() {
        return scopes.contains(Scope.ADMIN);
    }

    public boolean allows(Scope scope) {
        return admin() || scopes.contains(scope);
    }

    /** Whether {@code code} (a place, or a provider's place code) lies under one of the key's places. */
    public boolean covers(String code) {
        return admin() || places.stream().anyMatch(place -> code.startsWith(Place.subtreePrefix(place)));
    }

    /** The error for a write to {@code what} (e.g. "grid 511402001001-03"), which lies outside the key's places. */
    public ForbiddenException outside(String what) {
        return new ForbiddenException(
                "The API key of " + partner + " writes only under " + places + "; " + what + " is outside.");
    }
}
