package cn.linli.need;

import cn.linli.api.GlobalId;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.ConflictException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.need.NeedInputs.RaiseNeedInput;
import cn.linli.partner.ApiKey;
import cn.linli.privacy.PersonalDetails;
import cn.linli.write.Writes.Change;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The Cypher and the rules of need writes; each method runs inside the mutation's transaction. */
@Component
class NeedWrites {

    static final String GRID = "MATCH (g:Grid {code: $code}) RETURN g.code AS code";

    /** {@code $row} has the columns of a needs.csv row (but provenance): the seed's SET writes it. */
    static final String RAISE =
            """
            WITH $row AS row
            MATCH (g:Grid {code: row.grid_code})
            CREATE (n:Need {id: row.id, provenance: 'partner'})
            SET %s
            CREATE (n)-[:RAISED_IN]->(g)%s
            RETURN %s AS after""".formatted(Need.PROPERTIES.set(), ChangeLog.stampNow("n", "n", "true"), Need.PROJECTION);

    /**
     * Takes the need's write lock before reading it (the dummy property is set and removed at once), so two
     * concurrent steps on one need run one after the other and the second sees the first one's status.
     */
    static final String LOCK = """
            MATCH (n:Need {id: $key})
            SET n._lock = true
            REMOVE n._lock
            RETURN %s AS before""".formatted(Need.PROJECTION);

    /** A step always changes the status: the need is stamped as changed. */
    static final String STEP = """
            MATCH (n:Need {id: $key})
            SET n += $changes%s
            RETURN %s AS after""".formatted(ChangeLog.stampNow("n", "n", "true"), Need.PROJECTION);

    static final String CLAIM = """
            MATCH (n:Need {id: $key})
            MATCH (c:Provider {id: $claimant})
            SET n += $changes
            MERGE (n)-[:CLAIMED_BY]->(c)%s
            RETURN %s AS after""".formatted(ChangeLog.stampNow("n", "n", "true"), Need.PROJECTION);

    static final String CLAIMANT = "MATCH (c:Provider {id: $key}) RETURN c.kind AS kind, c.placeCode AS placeCode";

    /** Who claims needs (党员接单): party branches and organisations, not departments or facilities. */
    static final Set<String> CLAIMANT_KINDS =
            Set.of("PARTY_BRANCH", "SOCIAL_ORGANIZATION", "VOLUNTEER_TEAM", "CHARITY");

    Change<Need> raise(Cypher.Transaction tx, ApiKey caller, RaiseNeedInput input) {
        String title = input.title() == null ? "" : input.title().strip();
        if (title.length() < 2 || title.length() > 60) {
            throw new BadInputException("input.title", "must be 2 to 60 characters (got " + title.length() + ")");
        }
        PersonalDetails.findAboutResident(title).ifPresent(f -> {
            throw new BadInputException("input.title", f.problem());
        });
        String grid = input.gridCode() == null ? "" : input.gridCode().strip();
        if (tx.run(GRID, Map.of("code", grid)).isEmpty()) {
            throw new BadInputException(
                    "input.gridCode", "'" + grid + "' names no grid (grid codes look like 511402001001-03)");
        }
        if (!caller.covers(grid)) {
            throw caller.outside("grid " + grid);
        }
        String key = "need-" + UUID.randomUUID();
        Map<String, Object> row = Map.of(
                "id",
                key,
                "title",
                title,
                "category",
                input.category(),
                "grid_code",
                grid,
                "status",
                NeedStatus.OPEN.name(),
                "raised_at",
                now());
        Value after = tx.run(RAISE, Map.of("row", row)).get(0).get("after");
        return new Change<>(Need.from(after), "Need", key, null, after);
    }

    /** Moves the need one step; {@code claimantId} is used by CLAIM only (null: the key's own partner). */
    Change<Need> step(Cypher.Transaction tx, ApiKey caller, NeedStep step, String needId, String claimantId) {
        String key = GlobalId.keyOf(needId, "Need", "input.needId");
        List<Record> locked = tx.run(LOCK, Map.of("key", key));
        if (locked.isEmpty()) {
            throw new NotFoundException("No need has the id " + needId + ".");
        }
        Value before = locked.get(0).get("before");
        Need need = Need.from(before);
        if (!caller.covers(need.gridCode())) {
            throw caller.outside("grid " + need.gridCode() + " of need " + needId);
        }
        if (need.status() != step.from()) {
            throw conflict(need, step);
        }
        Map<String, Object> changes = new HashMap<>();
        changes.put("status", step.to().name());
        changes.put(step.stamp(), now());
        Value after;
        if (step == NeedStep.CLAIM) {
            String claimant = claimant(tx, caller, claimantId);
            after = tx.run(CLAIM, Map.of("key", key, "claimant", claimant, "changes", changes))
                    .get(0)
                    .get("after");
        } else {
            after = tx.run(STEP, Map.of("key", key, "changes", changes)).get(0).get("after");
        }
        return new Change<>(Need.from(after), "Need", key, before, after);
    }

    /** A claimant is the key's partner itself, or a party branch or organisation located in the key's places. */
    private static String claimant(Cypher.Transaction tx, ApiKey caller, String claimantId) {
        String key = claimantId == null ? caller.partner() : GlobalId.keyOf(claimantId, "Provider", "input.claimantId");
        List<Record> found = tx.run(CLAIMANT, Map.of("key", key));
        if (found.isEmpty()) {
            throw new BadInputException(
                    "input.claimantId",
                    claimantId == null
                            ? "is needed: the key's partner " + caller.partner()
                                    + " is not a provider, so name the party branch or organisation that claims"
                            : "'" + claimantId + "' names no provider");
        }
        String kind = found.get(0).get("kind").asString();
        if (!CLAIMANT_KINDS.contains(kind)) {
            throw new BadInputException(
                    "input.claimantId",
                    "Provider:" + key + " is a " + kind + "; needs are claimed by a party branch or an organisation "
                            + CLAIMANT_KINDS);
        }
        if (!key.equals(caller.partner())
                && !caller.covers(found.get(0).get("placeCode").asString())) {
            throw caller.outside("claimant Provider:" + key);
        }
        return key;
    }

    private static ConflictException conflict(Need need, NeedStep step) {
        NeedStep allowed = NeedStep.after(need.status());
        String next = allowed == null ? "none: the need is closed" : allowed.mutation() + " (→ " + allowed.to() + ")";
        Map<String, Object> details = new HashMap<>();
        details.put("status", need.status().name());
        details.put("allowed", allowed == null ? "none" : allowed.mutation());
        return new ConflictException(
                "Need " + need.id() + " is " + need.status() + " ("
                        + need.status().label() + "); " + step.mutation() + " needs it " + step.from()
                        + ". Allowed next: " + next + ".",
                details);
    }

    /** Now in China Standard Time, to the second, as the seed's timestamps are. */
    private static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    }
}
