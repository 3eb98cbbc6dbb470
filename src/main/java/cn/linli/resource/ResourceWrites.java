package cn.linli.resource;

import cn.linli.api.Dates;
import cn.linli.api.GlobalId;
import cn.linli.api.Keys;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.ConflictException;
import cn.linli.api.errors.ForbiddenException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.partner.ApiKey;
import cn.linli.resource.ResourceInputs.UpsertResourceInput;
import cn.linli.seed.DerivedProperties;
import cn.linli.write.Writes.Change;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The Cypher and the rules of resource writes; each method runs inside the mutation's transaction. */
@Component
class ResourceWrites {

    /** Locks the resource (dummy property) so that concurrent writes to it run one after the other. */
    static final String LOCK = """
            MATCH (r:Resource {id: $key})
            SET r._lock = true
            REMOVE r._lock
            RETURN r, properties(r) AS before""";

    static final String OWNER = "MATCH (p:Provider {id: $owner}) RETURN p.kind AS kind";

    /**
     * {@code $row} has the columns of a resources.csv row (but provenance): written as the seed writes one. Its owner
     * is the one the resource has, or for a new one the key's partner.
     */
    static final String UPSERT = Resource.PROPERTIES.upsert("Resource", Resource.OWNED_BY);

    static final String GRIDS_MISSING = """
            UNWIND $grids AS code
            OPTIONAL MATCH (g:Grid {code: code})
            WITH code, g WHERE g IS NULL
            RETURN collect(code) AS missing""";

    /** The resource with its deployments to the grids written: what the audit log keeps before and after. */
    static final String DEPLOYMENT_STATE = """
            MATCH (r:Resource {id: $key})
            RETURN r {.id, .status, deployments: [(r)-[d:DEPLOYED_TO]->(g:Grid) WHERE g.code IN $grids
                      | {grid: g.code, since: d.since, until: d.until}]} AS state""";

    /**
     * A new deployment starts at $since; an ended one starts again; an ongoing one is left as it is (and keeps its
     * stamps: only a deployment that changed is dated anew).
     */
    static final String DEPLOY = """
            MATCH (r:Resource {id: $key})
            UNWIND $grids AS code
            MATCH (g:Grid {code: code})
            OPTIONAL MATCH (r)-[old:DEPLOYED_TO]->(g)
            WITH r, g, properties(old) AS was
            MERGE (r)-[d:DEPLOYED_TO]->(g)
            ON CREATE SET d.since = $since, d.provenance = 'partner'
            ON MATCH SET d.since = CASE WHEN d.until IS NULL THEN d.since ELSE $since END, d.until = null""" + ChangeLog.stampNow("d", "d, was", ChangeLog.changedSince("d", "was"));

    static final String ONGOING = """
            MATCH (r:Resource {id: $key})-[d:DEPLOYED_TO]->(g:Grid)
            WHERE g.code IN $grids AND d.until IS NULL
            RETURN g.code AS grid, d.since AS since""";

    static final String WITHDRAW = """
            MATCH (r:Resource {id: $key})-[d:DEPLOYED_TO]->(g:Grid)
            WHERE g.code IN $grids AND d.until IS NULL
            SET d.until = $until""" + ChangeLog.stampNow("d", "d", "true");

    /** Who owns resources: departments and organisations (seed/FORMAT.md). */
    static final Set<String> OWNER_KINDS = Set.of("DEPARTMENT", "SOCIAL_ORGANIZATION", "VOLUNTEER_TEAM", "CHARITY");

    private static final int MAX_GRIDS = 100;

    private final DerivedProperties derived;

    ResourceWrites(DerivedProperties derived) {
        this.derived = derived;
    }

    Change<Resource> upsert(Cypher.Transaction tx, ApiKey caller, UpsertResourceInput input) {
        String key = Keys.check(input.key(), "input.key");
        String name = Keys.text(input.name(), 60, "input.name");
        String description =
                input.description() == null ? null : Keys.text(input.description(), 500, "input.description");
        List<Record> existing = tx.run(LOCK, Map.of("key", key));
        Value before = existing.isEmpty() ? null : existing.get(0).get("before");
        String owner = existing.isEmpty()
                ? caller.partner()
                : Resource.from(existing.get(0).get("r")).ownerKey();
        checkOwner(caller, owner, "Resource:" + key);
        List<Record> ownerRow = tx.run(OWNER, Map.of("owner", owner));
        if (ownerRow.isEmpty()
                || !OWNER_KINDS.contains(ownerRow.get(0).get("kind").asString())) {
            throw new ForbiddenException("Resources are owned by a department or organisation " + OWNER_KINDS
                    + "; the key's partner " + owner + " is not one.");
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", key);
        row.put("owner_id", owner);
        row.put("name", name);
        row.put("type", input.type());
        row.put("category", input.category());
        row.put("description", description);
        row.put("status", input.status() == null ? ResourceStatus.ACTIVE.name() : input.status());
        Record written = tx.run(
                        UPSERT, Map.of("row", row, "derived", derived.of("Resource", Resource.PROPERTIES.stored(row))))
                .get(0);
        return new Change<>(Resource.from(written.get("n")), "Resource", key, before, written.get("after"));
    }

    Change<Resource> deploy(
            Cypher.Transaction tx, ApiKey caller, String resourceId, List<String> gridCodes, String since) {
        LocalDate from = since == null ? today() : Dates.day(since, "input.since");
        Target target = target(tx, caller, resourceId, gridCodes);
        if (!target.resource().status().equals(ResourceStatus.ACTIVE.name())) {
            throw new ConflictException(
                    "Resource:" + target.key() + " is " + target.resource().status()
                            + "; only ACTIVE resources are deployed. Allowed next: upsertResource with status ACTIVE.",
                    Map.of("status", target.resource().status(), "allowed", "upsertResource"));
        }
        tx.update(DEPLOY, Map.of("key", target.key(), "grids", target.grids(), "since", from));
        return target.change(tx);
    }

    Change<Resource> withdraw(
            Cypher.Transaction tx, ApiKey caller, String resourceId, List<String> gridCodes, String until) {
        LocalDate to = until == null ? today() : Dates.day(until, "input.until");
        Target target = target(tx, caller, resourceId, gridCodes);
        Map<String, LocalDate> ongoing = new HashMap<>();
        tx.run(ONGOING, Map.of("key", target.key(), "grids", target.grids()))
                .forEach(r ->
                        ongoing.put(r.get("grid").asString(), r.get("since").asLocalDate()));
        List<String> notDeployed =
                target.grids().stream().filter(g -> !ongoing.containsKey(g)).toList();
        if (!notDeployed.isEmpty()) {
            throw new BadInputException(
                    "input.gridCodes",
                    "Resource:" + target.key() + " has no ongoing deployment to " + String.join(", ", notDeployed));
        }
        ongoing.forEach((grid, from) -> {
            if (to.isBefore(from)) {
                throw new BadInputException(
                        "input.until", to + " is before the deployment to " + grid + " began (" + from + ")");
            }
        });
        tx.update(WITHDRAW, Map.of("key", target.key(), "grids", target.grids(), "until", to));
        return target.change(tx);
    }

    /** The resource and grids of a deploy or withdraw, checked: they exist, and the key may write both. */
    private Target target(Cypher.Transaction tx, ApiKey caller, String resourceId, List<String> gridCodes) {
        String key = GlobalId.keyOf(resourceId, "Resource", "input.resourceId");
        List<String> grids = List.copyOf(
                new LinkedHashSet<>(gridCodes.stream().map(String::strip).toList()));
        if (grids.isEmpty() || grids.size() > MAX_GRIDS) {
            throw new BadInputException(
                    "input.gridCodes", "must name 1 to " + MAX_GRIDS + " grids (got " + grids.size() + ")");
        }
        List<String> missing = tx.run(GRIDS_MISSING, Map.of("grids", grids))
                .get(0)
                .get("missing")
                .asList(Value::asString);
        if (!missing.isEmpty()) {
            throw new BadInputException("input.gridCodes", "names no grid: " + String.join(", ", missing));
        }
        List<Record> locked = tx.run(LOCK, Map.of("key", key));
        if (locked.isEmpty()) {
            throw new NotFoundException("No resource has the id " + resourceId + ".");
        }
        Resource resource = Resource.from(locked.get(0).get("r"));
        checkOwner(caller, resource.ownerKey(), resourceId);
        List<String> outside = grids.stream().filter(g -> !caller.covers(g)).toList();
        if (!outside.isEmpty()) {
            throw caller.outside("grid " + String.join(", ", outside));
        }
        Value before = tx.run(DEPLOYMENT_STATE, Map.of("key", key, "grids", grids))
                .get(0)
                .get("state");
        return new Target(key, resource, grids, before);
    }

    private record Target(String key, Resource resource, List<String> grids, Value before) {
        Change<Resource> change(Cypher.Transaction tx) {
            Value after = tx.run(DEPLOYMENT_STATE, Map.of("key", key, "grids", grids))
                    .get(0)
                    .get("state");
            return new Change<>(resource, "Resource", key, before, after);
        }
    }

    /** A department deploys only its own resources. */
    private static void checkOwner(ApiKey caller, String owner, String resourceId) {
        if (!caller.admin() && !owner.equals(caller.partner())) {
            throw new ForbiddenException(resourceId + " belongs to " + owner + "; the API key of " + caller.partner()
                    + " writes only its own resources.");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.ofHours(8));
    }
}
