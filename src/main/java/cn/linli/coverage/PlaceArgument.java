package cn.linli.coverage;

import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.place.PlaceQueries;
import org.springframework.stereotype.Component;

/** Checks the {@code place} argument of the planners' queries: a code of an existing place. */
@Component
class PlaceArgument {

    private final PlaceQueries places;

    PlaceArgument(PlaceQueries places) {
        this.places = places;
    }

    /** The stripped code; BAD_USER_INPUT when blank, NOT_FOUND when no place has it. */
    String check(String place) {
        String code = place == null ? "" : place.strip();
        if (code.isEmpty()) {
            throw new BadInputException("place", "must be a place code such as 511402");
        }
        if (places.byCode(code).isEmpty()) {
            throw new NotFoundException("No place has code '" + code + "' (argument place)");
        }
        return code;
    }
}
