package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A typed, checked parameter value and where it was written ({@code pos.file()} names the profile or doc
 * that set it: the value's provenance).
 */
public sealed interface ParamValue {
    SourcePos pos();

    /** The value as templates see it: String, Integer/Long, Boolean, List or Map of those. */
    Object toTemplate();

    /** A short human form for docs and reports. */
    String display();

    record Text(String value, SourcePos pos) implements ParamValue {
        @Override
        public Object toTemplate() {
            return value;
        }

        @Override
        public String display() {
            return value;
        }
    }

    record Bool(boolean value, SourcePos pos) implements ParamValue {
        @Override
        public Object toTemplate() {
            return value;
        }

        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }

    record Int(long value, SourcePos pos) implements ParamValue {
        @Override
        public Object toTemplate() {
            return value;
        }

        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    /** A port or a port range; a single port reaches templates as a number, a range as "min:max". */
    record PortValue(int min, int max, SourcePos pos) implements ParamValue {
        @Override
        public Object toTemplate() {
            return min == max ? (Object) min : display();
        }

        @Override
        public String display() {
            return min == max ? Integer.toString(min) : min + ":" + max;
        }
    }

    /** An address or network, normalised; {@code version} is 4 or 6; {@code net} the value parsed. */
    record Address(String value, int version, boolean isNetwork, IpNet net, SourcePos pos) implements ParamValue {
        @Override
        public Object toTemplate() {
            return value;
        }

        @Override
        public String display() {
            return value;
        }
    }

    /** A selector in Calico's canonical form. */
    record SelectorText(String canonical, SourcePos pos) implements ParamValue {
        @Override
        public Object toTemplate() {
            return canonical;
        }

        @Override
        public String display() {
            return canonical;
        }
    }

    record ListValue(List<ParamValue> items, SourcePos pos) implements ParamValue {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public Object toTemplate() {
            List<Object> out = new ArrayList<>(items.size());
            for (ParamValue v : items) out.add(v.toTemplate());
            return out;
        }

        @Override
        public String display() {
            return items.stream().map(ParamValue::display).collect(Collectors.joining(", "));
        }
    }

    /** Fields in declaration order; optional fields without a value are absent. */
    record RecordValue(Map<String, ParamValue> fields, SourcePos pos) implements ParamValue {
        public RecordValue {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public Object toTemplate() {
            Map<String, Object> out = new LinkedHashMap<>();
            fields.forEach((k, v) -> out.put(k, v.toTemplate()));
            return out;
        }

        @Override
        public String display() {
            return fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().display())
                    .collect(Collectors.joining(" ", "{", "}"));
        }
    }
}
