package dev.polcat.calico.cluster;

/** A named BGP community value ("aa:nn" standard or "aa:nn:mm" large). */
public record Community(String name, String value) {
    public Community {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }
}
