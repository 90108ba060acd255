package dev.polcat.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PolcatCommand.class.getPackage().getImplementationVersion();
        return new String[] {"polcat " + (v == null ? "0.1.0" : v)};
    }
}
