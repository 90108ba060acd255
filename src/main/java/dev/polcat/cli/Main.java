package dev.polcat.cli;

import picocli.CommandLine;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(PolcatCommand.commandLine().execute(args));
    }
}
