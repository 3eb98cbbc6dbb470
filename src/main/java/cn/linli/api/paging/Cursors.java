package cn.linli.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.linli.api.errors.BadInputException;

/** Opaque cursors: the position in the ordered list, base64-encoded so clients do not build them. */
public final class Cursors {

    private static final String PREFIX = "pos:";

    private Cursors() {
    }

    public static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position of the cursor; the next page starts one after it. */
    public static long decode(String cursor, String argument) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadInputException(argument, "is not a cursor this API issued; use a pageInfo.endCursor or edges.cursor value");
    }
}
