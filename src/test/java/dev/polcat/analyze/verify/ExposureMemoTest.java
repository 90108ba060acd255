package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.build.Build;
import dev.polcat.build.BuildListener;
import dev.polcat.build.BuildRequest;
import dev.polcat.calico.CalicoResource;
import dev.polcat.catalog.Profile;
import dev.polcat.site.PolicyHistory;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} reuses the last build's exposure reports only for environments whose inputs are unchanged. */
class ExposureMemoTest {
    @TempDir
    Path dir;

    private static Map<String, List<ExposureGrant>> reports(Path catalog, ExposureMemo memo) {
        var result = new Build(BuildListener.NONE, PolicyHistory.NONE, memo).analyze(BuildRequest.of(catalog));
        if (result.analysis() == null) return Map.of(); // the build failed before its analysis
        return result.analysis().environments().stream()
                .collect(Collectors.toMap(e -> e.env().name(), e -> e.exposure()));
    }

    @Test
    void anUnchangedEnvironmentGetsTheLastBuildsReportAndAChangedOneANewCorrectOne() throws Exception {
        TestCatalog.example(dir);
        ExposureMemo first = new ExposureMemo();
        Map<String, List<ExposureGrant>> before = reports(dir, first);
        ExposureMemo second = first.next();
        Map<String, List<ExposureGrant>> again = reports(dir, second);
        before.forEach((env, report) -> assertSame(report, again.get(env), env));

        // dev's management network moves: SSH and the rest of its management services open to another source
        Path dev = dir.resolve("profiles/dev.yaml");
        Files.writeString(
                dev,
                Files.readString(dev).replace("managementCidrs: [10.10.0.0/24]", "managementCidrs: [10.10.2.0/24]"));
        ExposureMemo third = second.next();
        Map<String, List<ExposureGrant>> after = reports(dir, third);
        Map<String, List<ExposureGrant>> fresh = reports(dir, null);
        assertNotSame(again.get("dev"), after.get("dev"));
        assertNotEquals(again.get("dev"), after.get("dev"));
        assertEquals(fresh.get("dev"), after.get("dev"));
        before.keySet().stream()
                .filter(env -> !env.equals("dev"))
                .forEach(env -> assertSame(again.get(env), after.get(env), env));
    }

    @Test
    void aProfileThatChangedAloneIsNotReused() {
        TestCatalog.example(dir);
        var analysis = new Build().analyze(BuildRequest.of(dir)).analysis();
        var dev = analysis.environment("dev").orElseThrow();
        Profile env = dev.env();
        List<CalicoResource> resources = dev.policies().stream()
                .flatMap(p -> p.policy().resources().stream())
                .toList();
        // the same resources, but a host gone: the report cannot be the last one
        Profile fewerHosts = new Profile(
                env.name(),
                env.title(),
                env.description(),
                env.isAbstract(),
                env.chain(),
                env.values(),
                env.policies(),
                env.hosts().subList(1, env.hosts().size()),
                env.namespaces(),
                env.workloads(),
                env.expectations(),
                env.failsafe(),
                env.guard(),
                env.pos(),
                env.publicServices());
        EnvironmentFlows.Exposure made = new EnvironmentFlows.Exposure(List.of(), List.of(), false);
        EnvironmentFlows.Exposure other = new EnvironmentFlows.Exposure(List.of(), List.of(), true);
        ExposureMemo memo = new ExposureMemo();
        assertSame(made, memo.get(env, resources, () -> made));
        memo = memo.next();
        assertSame(made, memo.get(env, List.copyOf(resources), () -> other));
        assertSame(other, memo.get(fewerHosts, resources, () -> other));
    }

    @Test
    void keepsOnlyTheReportsTheLatestBuildUsed() {
        TestCatalog.example(dir);
        ExposureMemo memo = new ExposureMemo();
        int environments = reports(dir, memo).size();
        for (int i = 0; i < 3; i++) {
            memo = memo.next();
            reports(dir, memo);
        }
        assertEquals(environments, memo.size());
    }

    @Test
    void aBuildThatStopsBeforeItsAnalysisLeavesTheReportsForTheNext() throws Exception {
        TestCatalog.example(dir);
        ExposureMemo memo = new ExposureMemo();
        Map<String, List<ExposureGrant>> before = reports(dir, memo);
        Path dev = dir.resolve("profiles/dev.yaml");
        String good = Files.readString(dev);
        Files.writeString(dev, good + "\nnot: [valid");
        memo = memo.next();
        reports(dir, memo);
        Files.writeString(dev, good);
        memo = memo.next();
        Map<String, List<ExposureGrant>> after = reports(dir, memo);
        before.forEach((env, report) -> assertSame(report, after.get(env), env));
    }
}
