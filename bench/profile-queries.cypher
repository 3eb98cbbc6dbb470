// Place.counts of the city (PlaceQueries.COUNTS, FIGURES)
UNWIND [{code: '511400', prefix: '5114'}] AS node
RETURN node.code AS code,
       COUNT { MATCH (n:Place) WHERE n.level = 'DISTRICT' AND n.code STARTS WITH node.prefix AND n.code <> node.code } AS districts,
       COUNT { MATCH (n:Place) WHERE n.level = 'TOWN' AND n.code STARTS WITH node.prefix AND n.code <> node.code } AS towns,
       COUNT { MATCH (n:Place) WHERE n.level = 'COMMUNITY' AND n.code STARTS WITH node.prefix AND n.code <> node.code AND n.kind = 'COMMUNITY' } AS communities,
       COUNT { MATCH (n:Place) WHERE n.level = 'COMMUNITY' AND n.code STARTS WITH node.prefix AND n.code <> node.code AND n.kind = 'VILLAGE' } AS villages,
       COUNT { MATCH (n:Place) WHERE n.level = 'GRID' AND n.code STARTS WITH node.prefix AND n.code <> node.code } AS grids,
       COUNT { MATCH (p:Provider) WHERE p.placeCode STARTS WITH node.prefix } AS providers
;
// places(level: COMMUNITY, within: "511402") page (PlaceQueries.PLACES)
MATCH (p:Place)
WHERE p.level = 'COMMUNITY' AND p.code >= '511402' AND p.code < '511403' AND (null IS NULL OR p.kind = null)
  AND true
WITH p ORDER BY p.level, p.code LIMIT 51
RETURN collect(p) AS page, collect([p.code]) AS keys
;
// places(level: COMMUNITY, within: "511402") count (PlaceQueries.COUNT_PLACES)
MATCH (p:Place)
WHERE p.level = 'COMMUNITY' AND p.code >= '511402' AND p.code < '511403' AND (null IS NULL OR p.kind = null)
RETURN count(p) AS total
;
// places(level: GRID, within: "5114") first page
MATCH (p:Place)
WHERE p.level = 'GRID' AND p.code >= '5114' AND p.code < '5115' AND (null IS NULL OR p.kind = null)
  AND true
WITH p ORDER BY p.level, p.code LIMIT 101
RETURN collect(p) AS page, collect([p.code]) AS keys
;
// places(level: GRID, within: "5114") page after the cursor of 511402003014-05 (keyset: the seek starts there)
MATCH (p:Place)
WHERE p.level = 'GRID' AND p.code >= '5114' AND p.code < '5115' AND (null IS NULL OR p.kind = null)
  AND (p.code > '511402003014-05')
WITH p ORDER BY p.level, p.code LIMIT 101
RETURN collect(p) AS page, collect([p.code]) AS keys
;
// providers(kinds: [ELDERLY_CARE, MEDICAL], within: "511402") (ProviderQueries.LOCATED_UNDER)
UNWIND ['511402'] AS parent
CALL (parent) {
    MATCH (p:Provider)
    WHERE p.placeCode STARTS WITH parent AND (['ELDERLY_CARE','MEDICAL'] IS NULL OR p.kind IN ['ELDERLY_CARE','MEDICAL']) AND true
    WITH p ORDER BY p.name, p.id LIMIT 21
    RETURN collect(p) AS page, collect([p.name, p.id]) AS keys
}
CALL (parent) {
    MATCH (p:Provider) WHERE p.placeCode STARTS WITH parent AND (['ELDERLY_CARE','MEDICAL'] IS NULL OR p.kind IN ['ELDERLY_CARE','MEDICAL'])
    RETURN count(p) AS total
}
RETURN parent, total, page, keys
;
// Community.servedBy (ProviderQueries.SERVING_COMMUNITY)
UNWIND ['511402001001'] AS parent
MATCH (c:Place:Community {code: parent})
CALL (c) {
    UNWIND [c] + [(grid:Grid)-[:PART_OF]->(c) | grid] AS target
    MATCH (p:Provider)-[:SERVES]->(target)
    WHERE null IS NULL OR p.kind IN null
    WITH DISTINCT p, point.distance(p.location, c.location) AS distance
    WHERE true
    WITH p, distance ORDER BY distance, p.id LIMIT 11
    RETURN collect(p) AS page, collect([distance, p.id]) AS keys
}
CALL (c) {
    UNWIND [c] + [(grid:Grid)-[:PART_OF]->(c) | grid] AS target
    MATCH (p:Provider)-[:SERVES]->(target)
    WHERE null IS NULL OR p.kind IN null
    RETURN count(DISTINCT p) AS total
}
RETURN parent, total, page, keys
;
// Grid.servedBy (ProviderQueries.SERVING_GRID)
UNWIND ['511402001001-01', '511402001001-02'] AS parent
MATCH (g:Place:Grid {code: parent})
CALL (g) {
    MATCH (p:Provider)-[:SERVES]->(g) WHERE null IS NULL OR p.kind IN null
    WITH p, point.distance(p.location, g.location) AS distance
    WHERE true
    WITH p, distance ORDER BY distance, p.id LIMIT 6
    RETURN collect(p) AS page, collect([distance, p.id]) AS keys
}
CALL (g) {
    MATCH (p:Provider)-[:SERVES]->(g) WHERE null IS NULL OR p.kind IN null
    RETURN count(p) AS total
}
RETURN parent, total, page, keys
;
// Town.communities children page (PlaceQueries.CHILDREN) for Dongpo's towns
UNWIND ['511402001','511402002','511402003'] AS parent
CALL (parent) {
    MATCH (child:Place)-[:PART_OF]->(:Place {code: parent})
    WHERE (null IS NULL OR child.kind = null) AND true
    WITH child ORDER BY child.code LIMIT 21
    RETURN collect(child) AS page, collect([child.code]) AS keys
}
CALL (parent) {
    MATCH (child:Place)-[:PART_OF]->(:Place {code: parent})
    WHERE null IS NULL OR child.kind = null
    RETURN count(child) AS total
}
RETURN parent, total, page, keys
;
// providers(first: 20) over the whole graph (LOCATED_UNDER with the empty prefix)
UNWIND [''] AS parent
CALL (parent) {
    MATCH (p:Provider) WHERE p.placeCode STARTS WITH parent AND (null IS NULL OR p.kind IN null) AND true
    WITH p ORDER BY p.name, p.id LIMIT 21
    RETURN collect(p) AS page, collect([p.name, p.id]) AS keys
}
CALL (parent) {
    MATCH (p:Provider) WHERE p.placeCode STARTS WITH parent AND (null IS NULL OR p.kind IN null)
    RETURN count(p) AS total
}
RETURN parent, total, page, keys
;
// providers(first: 20) over the whole graph, page after the cursor of 金龙邻里中心 (nc-jinlong)
UNWIND [''] AS parent
CALL (parent) {
    MATCH (p:Provider)
    WHERE p.placeCode STARTS WITH parent AND (null IS NULL OR p.kind IN null)
      AND (p.name >= '金龙邻里中心' AND CASE WHEN p.name = '金龙邻里中心' THEN (p.id > 'nc-jinlong') ELSE true END)
    WITH p ORDER BY p.name, p.id LIMIT 21
    RETURN collect(p) AS page, collect([p.name, p.id]) AS keys
}
RETURN parent, page, keys
;
// places(level: GRID, first: 100) over the whole graph: count
MATCH (p:Place)
WHERE p.level = 'GRID' AND p.code >= '' AND p.code < '\uffff' AND (null IS NULL OR p.kind = null)
RETURN count(p) AS total
;
// HSDS /hsds/services?page=30&per_page=100 (HsdsTables.SERVICES as a page: Query.page, HsdsDocuments): a seek from the key before the page
MATCH (s:ServiceItem) WHERE s.id IS NOT NULL
  AND (s.id > 'si-02900')
WITH s ORDER BY s.id LIMIT 101
OPTIONAL MATCH (p:Provider {id: s.providerId})
CALL (p) {
    OPTIONAL MATCH (p)-[served:SERVES]->(:Place)
    RETURN max(served.updatedAt) AS areasChanged
}
RETURN s.id AS key, s.providerId AS provider, s.name AS name, s.description AS description, s.fee AS fee,
       s.eligibility AS eligibility, s.category AS category, s.hours AS hours, s.provenance AS provenance,
       reduce(latest = s.updatedAt, t IN [p.updatedAt, areasChanged] |
              CASE WHEN t > latest THEN t ELSE latest END) AS lastModified
ORDER BY s.id
