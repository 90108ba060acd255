package dev.polcat.load.flows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one JSON flow value with Jackson's streaming parser (no tree: a million records must not build a
 * million trees) and hands each flow's fields to a sink as a flat map. Field names are normalised — lower
 * case, underscores dropped — so protobuf's snake_case ({@code source_name}) and lowerCamel
 * ({@code sourceName}) read alike. A Goldmane {@code FlowResult}'s {@code flow} and a {@code Flow}'s
 * {@code key} are flattened into the record; a {@code FlowListResult}'s {@code flows} are records of their
 * own. Labels become lists; of the policy traces only the pending (staged) verdict is kept, as
 * {@code pendingaction}.
 */
final class JsonFlowFields {
    interface Sink {
        void accept(Map<String, Object> fields, int line);
    }

    private final Map<String, String> names = new HashMap<>();

    /** Reads the value the parser stands on: a flow, a FlowResult, a FlowListResult, or an array of them. */
    void read(JsonParser p, Sink sink) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) read(p, sink);
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) throw new JsonParseException(p, "expected a JSON object");
        int line = p.currentTokenLocation().getLineNr();
        Map<String, Object> fields = new HashMap<>();
        if (!object(p, fields, sink, true)) sink.accept(fields, line);
    }

    /** Fills {@code fields}; true when the object was a FlowListResult whose flows went to the sink. */
    private boolean object(JsonParser p, Map<String, Object> fields, Sink sink, boolean top) throws IOException {
        boolean list = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = normalise(p.currentName());
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                if (name.equals("flow") || name.equals("key")) object(p, fields, sink, false);
                else if (name.equals("policies")) policies(p, fields);
                else if (name.endsWith("labels")) labelsObject(p, fields, name);
                else p.skipChildren();
            } else if (t == JsonToken.START_ARRAY) {
                if (top && name.equals("flows")) {
                    list = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) read(p, sink);
                } else if (name.endsWith("labels")) {
                    fields.put(name, strings(p));
                } else {
                    p.skipChildren();
                }
            } else if (t != JsonToken.VALUE_NULL) {
                fields.put(name, p.getText());
            }
        }
        return list;
    }

    /** Calico Enterprise writes {@code source_labels: {labels: [...]}}. */
    private void labelsObject(JsonParser p, Map<String, Object> fields, String name) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY && normalise(p.currentName()).equals("labels")) fields.put(name, strings(p));
            else p.skipChildren();
        }
    }

    /** Keeps the action of the last pending (staged) policy hit: the one that decided the staged verdict. */
    private void policies(JsonParser p, Map<String, Object> fields) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = normalise(p.currentName());
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY && (name.equals("pending") || name.equals("pendingpolicies"))) {
                String last = null;
                while (p.nextToken() != JsonToken.END_ARRAY) last = hitAction(p);
                if (last != null) fields.put("pendingaction", last);
            } else {
                p.skipChildren();
            }
        }
    }

    /** A PolicyHit object's action, or an Enterprise trace string {@code 0|tier|ns/tier.name|deny|1}'s. */
    private String hitAction(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String[] parts = p.getText().split("\\|");
            return parts.length > 3 ? parts[3] : null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String action = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = normalise(p.currentName());
            JsonToken t = p.nextToken();
            if (name.equals("action") && t.isScalarValue()) action = p.getText();
            else p.skipChildren();
        }
        return action;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken().isScalarValue()) out.add(p.getText());
            else p.skipChildren();
        }
        return out;
    }

    private String normalise(String name) {
        String n = names.get(name);
        if (n != null) return n;
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_') b.append(Character.toLowerCase(c));
        }
        n = b.toString();
        if (names.size() < 4096) names.put(name, n);
        return n;
    }
}
