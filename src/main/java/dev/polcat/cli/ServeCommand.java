package dev.polcat.cli;

import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.serve.DevServer;
import dev.polcat.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Build the site in memory and serve it on this machine; rebuild when profiles/, templates/ "
                    + "or polcat.yaml change, and reload open pages. A failed build shows its errors on every page and "
                    + "keeps the last good site. Nothing is written to disk. Stop with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "N",
            defaultValue = "8000",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other address "
                    + "shows the catalog's hosts and networks to everyone who can reach it.")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) return usage(err, "--port must be between 0 and 65535");
        Path dir = catalog.catalog;
        if (!Files.isDirectory(dir)) return usage(err, "catalog folder " + dir + " does not exist or is not a folder");
        InetAddress address;
        try {
            address = InetAddress.getByName(bind); // an IP literal is taken as is; a name is looked up
        } catch (UnknownHostException | SecurityException e) {
            return usage(err, "cannot listen on '" + DiagnosticPrinter.safe(bind) + "': unknown address");
        }
        DevServer server;
        try {
            server = DevServer.start(ServeOptions.of(catalog.request(), address, port), out, err);
        } catch (BindException e) {
            return usage(
                    err,
                    "cannot listen on " + hostPort(address, port) + ": "
                            + (port != 0
                                    ? "the port is already in use (or not allowed); choose another with --port N, or --port 0 for any free port"
                                    : e.getMessage()));
        } catch (IOException e) {
            return usage(err, "cannot serve: " + e.getMessage());
        }
        if (server.stoppedForStuckRender()) return ExitCode.FINDINGS.code();
        if (!server.loopbackOnly()) {
            err.println("polcat: warning: listening on " + address.getHostAddress()
                    + ": every machine that can reach it can read this catalog's site, hosts and networks");
            err.flush();
        }
        out.println("serving " + dir.toAbsolutePath().normalize() + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            out.println("stopped");
                            out.flush();
                        },
                        "polcat-serve-stop"));
        server.awaitClose();
        return server.stoppedForStuckRender() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static String hostPort(InetAddress a, int port) {
        String host = a.getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("polcat: error: " + message);
        err.flush();
        return ExitCode.INPUT.code();
    }
}
