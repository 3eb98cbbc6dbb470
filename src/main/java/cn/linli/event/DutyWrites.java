package cn.linli.event;

import cn.linli.api.GlobalId;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.ForbiddenException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.event.EventInputs.DutyInput;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.partner.ApiKey;
import cn.linli.partner.Scope;
import cn.linli.write.Writes.Change;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * 部门报到 written through the API: a department registers for a community or grid, or withdraws. Each method runs
 * inside the mutation's transaction (write.Writes).
 */
@Component
class DutyWrites {

    /**
     * The department's kind, read under its write lock: two registrations of one department run one after the other,
     * so the second sees the first (and MERGE makes one relationship of them).
     */
    static final String LOCK_DEPARTMENT = """
            MATCH (d:Provider {id: $department})
            SET d._lock = true
            REMOVE d._lock
            RETURN d.kind AS kind, d.placeCode AS placeCode""";

    static final String PLACE = "MATCH (x:Place {code: $place}) RETURN x.level AS level";

    /** The registration as the audit log records it: the relationship's properties and its two ends. */
    private static final String AUDIT = "r {.*, departmentId: d.id, placeCode: x.code}";

    /**
     * Registers department {@code $department} for place {@code $place}, once: an existing registration is left as it
     * is (provenance and dates kept), a new one is the partner's and dated now, and the tombstone of a withdrawn one of
     * the same pair goes, so that the feed lists it once, as it is now.
     */
    static final String REGISTER = """
            MATCH (d:Provider {id: $department}), (x:Place {code: $place})
            OPTIONAL MATCH (d)-[old:REPORTS_FOR]->(x)
            WITH d, x, CASE WHEN old IS NULL THEN null ELSE %1$s END AS before
            OPTIONAL MATCH (gone:Tombstone {id: $id})
            DELETE gone
            WITH d, x, before
            MERGE (d)-[r:REPORTS_FOR]->(x)
            ON CREATE SET r.provenance = 'partner'%2$s
            RETURN %3$s AS registration, before, %4$s AS after""".formatted(
                    AUDIT.replace("r {", "old {"),
                    ChangeLog.stampNow("r", "r, before", "before IS NULL"),
                    DutyRegistration.PROJECTION,
                    AUDIT);

    /** Ends the registration, if there is one; the caller leaves its tombstone. */
    static final String WITHDRAW = """
            MATCH (d:Provider {id: $department})-[r:REPORTS_FOR]->(x:Place {code: $place})
            WITH d, x, r, %s AS before
            DELETE r
            RETURN before""".formatted(AUDIT);

    Change<DutyRegistration> register(Cypher.Transaction tx, ApiKey caller, DutyInput input) {
        Pair pair = check(tx, caller, input);
        String key = DutyRegistration.key(pair.department(), pair.place());
        Record written = tx.run(
                        REGISTER,
                        Map.of(
                                "department",
                                pair.department(),
                                "place",
                                pair.place(),
                                "id",
                                GlobalId.of("DutyRegistration", key)))
                .get(0);
        Value before = written.get("before");
        return new Change<>(
                DutyRegistration.from(written.get("registration")),
                "DutyRegistration",
                key,
                before.isNull() ? null : before,
                written.get("after"));
    }

    Change<String> withdraw(Cypher.Transaction tx, ApiKey caller, DutyInput input) {
        Pair pair = check(tx, caller, input);
        String key = DutyRegistration.key(pair.department(), pair.place());
        String id = GlobalId.of("DutyRegistration", key);
        List<Record> withdrawn = tx.run(WITHDRAW, Map.of("department", pair.department(), "place", pair.place()));
        if (withdrawn.isEmpty()) {
            throw new NotFoundException(pair.department() + " is not registered for " + pair.place()
                    + " (see Provider.reportsFor): there is nothing to withdraw.");
        }
        tx.update(ChangeLog.TOMBSTONE, Map.of("id", id, "type", "DutyRegistration"));
        return new Change<>(id, "DutyRegistration", key, withdrawn.get(0).get("before"), null);
    }

    private record Pair(String department, String place) {}

    /**
     * The department and place of the input, checked: a provider of kind DEPARTMENT, a community or grid
     * (BAD_USER_INPUT naming the field otherwise), and the key's right to register it (FORBIDDEN otherwise).
     */
    private static Pair check(Cypher.Transaction tx, ApiKey caller, DutyInput input) {
        String department = GlobalId.keyOf(input.departmentId(), "Provider", "input.departmentId");
        List<Record> found = tx.run(LOCK_DEPARTMENT, Map.of("department", department));
        if (found.isEmpty() || !"DEPARTMENT".equals(found.get(0).get("kind").asString(null))) {
            throw new BadInputException(
                    "input.departmentId",
                    "'" + input.departmentId()
                            + "' is no department (a provider of kind DEPARTMENT, e.g. Provider:dept-08)");
        }
        String place = input.placeCode() == null ? "" : input.placeCode().strip();
        List<Record> level = tx.run(PLACE, Map.of("place", place));
        if (level.isEmpty()
                || !List.of("COMMUNITY", "GRID")
                        .contains(level.get(0).get("level").asString(null))) {
            throw new BadInputException(
                    "input.placeCode",
                    "'" + place + "' is no community or grid (e.g. 511402001001 or 511402001001-03); departments"
                            + " report for duty where whistles are blown");
        }
        String answersFor = found.get(0).get("placeCode").asString("");
        if (!EventWrites.answersFor(answersFor, place)) {
            throw new BadInputException(
                    "input.placeCode",
                    "'" + place + "' lies outside " + answersFor + ", the place of " + department
                            + "; a department reports for duty in its own district's communities and grids");
        }
        authorize(caller, department, place);
        return new Pair(department, place);
    }

    /**
     * The governance centre's key (EVENTS_CENTRE) registers any department, a department's key (EVENTS_DEPARTMENT) only
     * its own partner's; either for a place under the key's places, as the event steps of these roles are bound.
     */
    private static void authorize(ApiKey caller, String department, String place) {
        if (!caller.allows(Scope.EVENTS_CENTRE) && !caller.partner().equals(department)) {
            throw new ForbiddenException(
                    "The API key of " + caller.partner() + " registers its own department only (scope "
                            + Scope.EVENTS_DEPARTMENT + "), not " + department + "; the governance centre's key (scope "
                            + Scope.EVENTS_CENTRE + ") registers any.");
        }
        if (!caller.covers(place)) {
            throw caller.outside("place " + place);
        }
    }
}
