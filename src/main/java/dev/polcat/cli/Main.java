package dev.polcat.cli;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(PolcatCommand.commandLine().execute(args));
    }
}
