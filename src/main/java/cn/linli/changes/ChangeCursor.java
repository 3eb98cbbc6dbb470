package cn.linli.changes;

import cn.linli.api.errors.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the feed: the change number and the global id of the last entry a consumer has, in base64 so that it
 * stays opaque. The feed continues with what sorts after it by (number, id): a keyset, so a page costs the same
 * wherever the consumer stands, and nothing written later moves it.
 */
record ChangeCursor(long seq, String id) {

    /** Before every change: where a consumer without a cursor starts. */
    static final ChangeCursor START = new ChangeCursor(0, "");

    private static final String PREFIX = "changes:";

    static String encode(long seq, String id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + seq + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code after}, or {@link #START} when there is none. */
    static ChangeCursor decode(String after) {
        if (after == null) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                String rest = text.substring(PREFIX.length());
                int colon = rest.indexOf(':');
                if (colon > 0 && colon < rest.length() - 1) {
                    long seq = Long.parseLong(rest.substring(0, colon));
                    if (seq >= 0) {
                        return new ChangeCursor(seq, rest.substring(colon + 1));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not a number: falls through to the error below
        }
        throw new BadInputException(
                "after",
                "is not a cursor of changes; use an edges.cursor or pageInfo.endCursor"
                        + " value that changes returned");
    }
}
