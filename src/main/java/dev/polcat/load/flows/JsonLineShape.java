package dev.polcat.load.flows;

import java.util.Arrays;

/**
 * A JSON flow record's shape: its fields as raw bytes, except those that change from one time window to
 * the next (ids, times, packet, byte and connection counters), plus the connection counters' values. Two
 * records of the same shape are the same flow, so the reader parses a shape once and afterwards only adds
 * the counters: this is what makes a million records cheap. Not a JSON parser: anything unexpected
 * answers false, and the line is then parsed in full.
 */
final class JsonLineShape {
    private static final String[] VOLATILE = {
        "id",
        "starttime",
        "endtime",
        "packetsin",
        "packetsout",
        "bytesin",
        "bytesout",
        "numconnectionsstarted",
        "numconnectionscompleted",
        "numconnectionslive",
        "numflows",
        "numflowsstarted",
        "numflowscompleted"
    };
    private static final long[] VOLATILE_HASH =
            Arrays.stream(VOLATILE).mapToLong(JsonLineShape::hash).toArray();

    /** The bytes that identify the flow; equal shapes are equal flows. Also the lookup key of the reader's cache. */
    static final class Key {
        byte[] bytes;
        int length;
        int hash;

        Key(byte[] bytes, int length, int hash) {
            this.bytes = bytes;
            this.length = length;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(bytes, 0, length, k.bytes, 0, k.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        Key copy() {
            return new Key(Arrays.copyOf(bytes, length), length, hash);
        }
    }

    final Key key = new Key(new byte[1024], 0, 0);
    private byte[] b;
    private int end;
    private long started;
    private long live;
    private long flowsStarted;
    private long flows;

    /**
     * Reads the object that starts at {@code from} (after spaces) and ends before {@code limit}; the index
     * after it, or -1 when it is not a plain JSON object this scanner knows (a raw line break included).
     */
    int scan(byte[] line, int from, int limit) {
        b = line;
        end = limit;
        key.length = 0;
        started = live = flowsStarted = flows = -1;
        int i = skipSpace(from);
        if (i >= end || b[i] != '{') return -1;
        i = object(i);
        if (i < 0) return -1;
        int h = 1;
        for (int k = 0; k < key.length; k++) h = 31 * h + key.bytes[k];
        key.hash = h;
        return i;
    }

    /** Connections as {@link JsonFlowRecord} counts them, from this record's counters. */
    long connections() {
        return JsonFlowRecord.connections(started, flowsStarted, flows, live);
    }

    /** Scans the object at {@code i} (a '{'); the index after it, or -1. */
    private int object(int i) {
        i = skipSpace(i + 1);
        if (i < end && b[i] == '}') return i + 1;
        while (i < end) {
            if (b[i] != '"') return -1;
            int nameStart = i + 1;
            int nameEnd = string(i);
            if (nameEnd < 0) return -1;
            i = skipSpace(nameEnd + 1);
            if (i >= end || b[i] != ':') return -1;
            int valueStart = skipSpace(i + 1);
            if (valueStart >= end) return -1;
            String volatileName = volatileName(nameStart, nameEnd);
            int valueEnd;
            if (volatileName == null && b[valueStart] == '{' && normalisedEquals(nameStart, nameEnd, "flow")) {
                valueEnd = object(valueStart);
                if (valueEnd < 0) return -1;
            } else {
                valueEnd = value(valueStart);
                if (valueEnd < 0) return -1;
                if (volatileName == null) {
                    append(nameStart, nameEnd);
                    append(valueStart, valueEnd);
                } else if (!counter(volatileName, valueStart, valueEnd)) {
                    return -1;
                }
            }
            i = skipSpace(valueEnd);
            if (i < end && b[i] == ',') {
                i = skipSpace(i + 1);
            } else if (i < end && b[i] == '}') {
                return i + 1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private boolean counter(String name, int from, int to) {
        long v = number(from, to);
        switch (name) {
            case "numconnectionsstarted" -> started = v;
            case "numconnectionslive" -> live = v;
            case "numflowsstarted" -> flowsStarted = v;
            case "numflows" -> flows = v;
            default -> {
                return true;
            }
        }
        return v >= 0;
    }

    /** A non-negative integer, quoted or not (protobuf JSON quotes int64); -1 if it is not one. */
    private long number(int from, int to) {
        if (to - from >= 2 && b[from] == '"' && b[to - 1] == '"') {
            from++;
            to--;
        }
        if (from >= to || to - from > 18) return -1;
        long v = 0;
        for (int k = from; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') return -1;
            v = v * 10 + (b[k] - '0');
        }
        return v;
    }

    /** The end of the value at {@code i}: a string, object, array, number or literal. */
    private int value(int i) {
        byte c = b[i];
        if (c == '"') {
            int e = string(i);
            return e < 0 ? -1 : e + 1;
        }
        if (c == '{' || c == '[') return nested(i);
        int k = i;
        while (k < end && b[k] != ',' && b[k] != '}' && b[k] != ']' && b[k] > ' ') k++;
        return k == i ? -1 : k;
    }

    /** The closing quote of the string starting at {@code i}. */
    private int string(int i) {
        for (int k = i + 1; k < end; k++) {
            if (b[k] == '\\') k++;
            else if (b[k] == '"') return k;
            else if (b[k] == '\n') return -1;
        }
        return -1;
    }

    private int nested(int i) {
        int depth = 0;
        for (int k = i; k < end; k++) {
            byte c = b[k];
            if (c == '"') {
                k = string(k);
                if (k < 0) return -1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) return k + 1;
            }
        }
        return -1;
    }

    private int skipSpace(int i) {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) i++;
        return i;
    }

    private void append(int from, int to) {
        int n = to - from + 1;
        if (key.length + n > key.bytes.length)
            key.bytes = Arrays.copyOf(key.bytes, Math.max(key.bytes.length * 2, key.length + n));
        System.arraycopy(b, from, key.bytes, key.length, to - from);
        key.length += to - from;
        key.bytes[key.length++] = 0;
    }

    /** The volatile field this name is (snake_case or lowerCamel), or null. */
    private String volatileName(int from, int to) {
        long h = 7;
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c == '_') continue;
            h = h * 31 + lower(c);
        }
        for (int v = 0; v < VOLATILE.length; v++) {
            if (VOLATILE_HASH[v] == h && normalisedEquals(from, to, VOLATILE[v])) return VOLATILE[v];
        }
        return null;
    }

    private boolean normalisedEquals(int from, int to, String target) {
        int t = 0;
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c == '_') continue;
            if (t >= target.length() || lower(c) != target.charAt(t++)) return false;
        }
        return t == target.length();
    }

    /** ASCII only: field names that matter are ASCII, and Character.toLowerCase costs a table lookup per byte. */
    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static long hash(String normalised) {
        long h = 7;
        for (int k = 0; k < normalised.length(); k++) h = h * 31 + normalised.charAt(k);
        return h;
    }
}
