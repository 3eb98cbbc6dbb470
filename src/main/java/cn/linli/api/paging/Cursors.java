package cn.linli.api.paging;

import cn.linli.api.errors.BadInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keyset cursors: the row's sort key values (its id last), with the list and the order they belong to, as a JSON
 * array {@code ["Query.needs","NEWEST",["2024-11-16T17:15+08:00","wish-0275"]]} in base64url. Opaque to clients
 * but not secret: a cursor a client writes itself can only move its own position in a list it may read anyway.
 * Reading one checks everything before a query sees it: the shape, the list, the order, the number and types of
 * its values; anything else is bad input on the argument that carried it.
 */
public final class Cursors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Cursors() {}

    public static String encode(ListOrder order, List<Object> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            texts.add(order.keys().get(i).type().write(values.get(i)));
        }
        byte[] json = JSON.writeValueAsBytes(List.of(order.list(), order.order(), texts));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** The key values of {@code cursor}, given as {@code argument}, if it was issued for {@code order}. */
    public static List<Object> decode(String cursor, ListOrder order, String argument) {
        JsonNode cursorJson = parse(cursor, argument);
        String list = cursorJson.get(0).stringValue();
        String issuedOrder = cursorJson.get(1).stringValue();
        if (!list.equals(order.list())) {
            throw new BadInputException(
                    argument,
                    "is a cursor of " + list + ", not of " + order.list()
                            + "; send a cursor this list issued (its pageInfo or an edge's cursor), or leave "
                            + argument
                            + " out to start at the first page");
        }
        if (!issuedOrder.equals(order.order())) {
            throw new BadInputException(
                    argument,
                    "was issued for " + list + " in " + otherOrder(issuedOrder, order)
                            + "; ask in the order the cursor was issued for, or leave " + argument
                            + " out to start again at the first page of this order");
        }
        JsonNode texts = cursorJson.get(2);
        if (texts.size() != order.keys().size()) {
            throw notIssued(argument);
        }
        List<Object> values = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            try {
                values.add(order.keys().get(i).type().parse(texts.get(i).stringValue()));
            } catch (RuntimeException e) {
                throw notIssued(argument);
            }
        }
        return List.copyOf(values);
    }

    /** The cursor's JSON, if it has the shape every cursor has: [list, order, [key values as text]]. */
    private static JsonNode parse(String cursor, String argument) {
        JsonNode json;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.strip());
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            json = JSON.readTree(text);
        } catch (IllegalArgumentException | CharacterCodingException | JacksonException e) {
            throw notIssued(argument);
        }
        if (json == null
                || !json.isArray()
                || json.size() != 3
                || !json.get(0).isString()
                || !json.get(1).isString()
                || !json.get(2).isArray()) {
            throw notIssued(argument);
        }
        for (JsonNode value : json.get(2)) {
            if (!value.isString()) {
                throw notIssued(argument);
            }
        }
        return json;
    }

    private static String otherOrder(String issued, ListOrder order) {
        String chosen = ListOrder.chosen(issued);
        if (!chosen.equals(order.chosen())) {
            return "order " + chosen + ", not " + order.chosen();
        }
        return "order " + chosen + " from another " + (order.basis() == null ? "basis" : order.basis());
    }

    private static BadInputException notIssued(String argument) {
        return new BadInputException(
                argument,
                "is not a cursor this API issued; send one from this list's pageInfo"
                        + " (endCursor to go on, startCursor to go back) or an edge's cursor, or leave " + argument
                        + " out to start at the first page");
    }
}
