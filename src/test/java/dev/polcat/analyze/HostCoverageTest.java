package dev.polcat.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which policies select each host, by evaluating their selectors against the hosts' labels. */
class HostCoverageTest {
    @TempDir
    Path dir;

    @Test
    void labelSelectorsDecideWhichHostsAPolicyCovers() {
        TestCatalog c = TestCatalog.minimal(dir).with("profiles/dev.yaml", """
                values:
                  sshCidrs: [10.0.0.0/24]
                  selector: role in {"web", "db"} && env != "test"
                hosts:
                  - {name: web-1, ips: [10.0.1.1], labels: {role: web}}
                  - {name: db-1, ips: [10.0.1.2], labels: {role: db, env: prod}}
                  - {name: db-test, ips: [10.0.1.3], labels: {role: db, env: test}}
                  - {name: bastion, ips: [10.0.1.4], labels: {role: bastion}}
                """);
        BuildResult r = c.build();
        EnvironmentAnalysis dev = r.analysis().environment("dev").orElseThrow();
        assertEquals(
                "web-1=[ssh] db-1=[ssh] db-test=[] bastion=[]",
                dev.hosts().stream()
                        .map(h -> h.host().name() + "=" + h.policies())
                        .collect(Collectors.joining(" ")));
        assertEquals(2, dev.hosts().stream().filter(h -> !h.isCovered()).count());
        String page = r.artifacts().stream()
                .filter(a -> a.path().equals("environments/dev.html"))
                .findFirst()
                .orElseThrow()
                .asText();
        org.junit.jupiter.api.Assertions.assertTrue(
                page.contains("<strong>Not selected by any policy:</strong> db-test, bastion."), page);
    }
}
