package dev.polcat.catalog;

/**
 * One end of an expected flow: a host name, an address, a network, {@code anywhere}, or every host of
 * the environment matching a selector ({@code hosts} set).
 */
public record FlowPeer(String value, boolean isSelector) {
    public static FlowPeer of(String value) {
        return new FlowPeer(value, false);
    }

    public static FlowPeer hosts(String selector) {
        return new FlowPeer(selector, true);
    }

    @Override
    public String toString() {
        return isSelector ? "hosts(" + value + ")" : value;
    }
}
