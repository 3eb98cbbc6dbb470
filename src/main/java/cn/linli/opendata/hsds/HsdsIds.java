package cn.linli.opendata.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * HSDS 3.0 gives every record an {@code id} of format {@code uuid}; Linli's keys are words ({@code nc-jinlong},
 * {@code si-00001}). Each HSDS id is the name-based UUID (RFC 4122 version 3, {@link UUID#nameUUIDFromBytes}) of
 * {@code linli:<table>:<Linli key>}: the same record keeps the same id in every download and on every instance,
 * and the id of a related record (a service's organization) is computed, not looked up. docs/HSDS.md.
 */
final class HsdsIds {

    private HsdsIds() {}

    static String of(String table, String key) {
        return UUID.nameUUIDFromBytes(("linli:" + table + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
