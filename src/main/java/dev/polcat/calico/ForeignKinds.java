package dev.polcat.calico;

/**
 * Words for a Kubernetes object that is not policy: "Deployment 'web' (apps/v1)". Printers escape what
 * came from input.
 */
public final class ForeignKinds {
    private ForeignKinds() {}

    public static String describe(CalicoReader.ForeignObject f) {
        String name = f.name().isEmpty() ? "" : " '" + f.name() + "'";
        return f.kind() + name + " (" + f.apiVersion() + ")";
    }
}
