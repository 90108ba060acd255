package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.diff.FlowChange;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow changes between two versions of an environment, expected flows included. */
class FlowDiffTest {
    @TempDir
    Path dir;

    private static final String PROFILE = """
            title: Dev
            values:
              sshCidrs: [%s]
              sshPort: 22
              selector: has(role)
            hosts:
              - name: node-1
                ips: [10.1.0.1]
                labels: {role: node}
            expect:
              - allow: tcp/22
                from: 10.0.0.5
                to: {hosts: has(role)}
            """;

    @Test
    void anExpectedFlowOutsideTheMatrixThatChangesIsReported() {
        // 10.0.0.5 is no declared network, so only the expected flow itself can show the change.
        EnvironmentAnalysis before = analyse("before", "10.0.0.0/24");
        EnvironmentAnalysis after = analyse("after", "10.0.1.0/24");
        List<String> changes = new FlowDiff()
                .compare(before, after).stream()
                        .map(c -> c.flow() + ": " + c.before() + " -> " + c.after())
                        .toList();
        assertEquals(
                List.of(
                        "tcp/22 to node-1 from sshCidrs (10.0.1.0/24) (failsafe ports off): false -> true",
                        "ingress tcp/22 from 10.0.0.5 to node-1 (allow tcp/22 from 10.0.0.5 to hosts(has(role)), failsafe ports off): true -> false",
                        "tcp/22 to node-1 from sshCidrs (10.0.0.0/24) (failsafe ports off): true -> false"),
                changes);
    }

    @Test
    void anUnchangedEnvironmentHasNoFlowChanges() {
        List<FlowChange> changes = new FlowDiff().compare(analyse("a", "10.0.0.0/24"), analyse("b", "10.0.0.0/24"));
        assertEquals(List.of(), changes);
    }

    private EnvironmentAnalysis analyse(String name, String sshCidrs) {
        TestCatalog c = TestCatalog.minimal(dir.resolve(name)).with("profiles/dev.yaml", PROFILE.formatted(sshCidrs));
        BuildResult r = new Build().analyze(BuildRequest.of(c.root()).withVerify(false));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        return r.analysis().environments().get(0);
    }
}
