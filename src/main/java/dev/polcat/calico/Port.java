package dev.polcat.calico;

/**
 * One entry of a rule's ports list: a number ({@code 22}), a range ({@code "1000:2000"}) or a named port
 * ({@code "http"}). Numbers and ranges have {@code min <= max}; named ports have {@code name} set.
 */
public record Port(int min, int max, String name) {

    public static Port single(int port) {
        return new Port(port, port, "");
    }

    public static Port range(int min, int max) {
        return new Port(min, max, "");
    }

    public static Port named(String name) {
        return new Port(0, 0, name);
    }

    public boolean isNamed() {
        return !name.isEmpty();
    }

    public boolean isRange() {
        return !isNamed() && min != max;
    }

    public boolean contains(int port) {
        return !isNamed() && port >= min && port <= max;
    }

    /** The form Calico's YAML uses: an integer, "min:max", or the name. */
    @Override
    public String toString() {
        if (isNamed()) return name;
        return isRange() ? min + ":" + max : Integer.toString(min);
    }
}
