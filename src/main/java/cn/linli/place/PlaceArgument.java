package cn.linli.place;

import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import org.springframework.stereotype.Component;

/** Checks the {@code place} argument of the planners' queries (coverage, gaps, event figures): a code of an existing place. */
@Component
public class PlaceArgument {

    private final PlaceQueries places;

    PlaceArgument(PlaceQueries places) {
        this.places = places;
    }

    /** The place of the stripped code; BAD_USER_INPUT when blank, NOT_FOUND when no place has it. */
    public Place check(String place) {
        return check(place, "place");
    }

    /** The same, for an argument of another name ({@code within}). */
    public Place check(String place, String argument) {
        String code = place == null ? "" : place.strip();
        if (code.isEmpty()) {
            throw new BadInputException(argument, "must be a place code such as 511402");
        }
        return places.byCode(code)
                .orElseThrow(
                        () -> new NotFoundException("No place has code '" + code + "' (argument " + argument + ")"));
    }
}
