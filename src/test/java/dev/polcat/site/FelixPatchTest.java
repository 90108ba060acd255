package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.LockoutTargets;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.SourcePos;
import dev.polcat.publish.Artifact;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Felix patch: written for a profile's failsafe lists, none for unset lists or a list load refuses. */
class FelixPatchTest {
    @ParameterizedTest(name = "inbound={0} outbound={1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            tcp:22     | -         | {"spec": {"failsafeInboundHostPorts": [{"protocol": "TCP", "port": 22}]}}
            -          | udp:53    | {"spec": {"failsafeOutboundHostPorts": [{"protocol": "UDP", "port": 53}]}}
            none       | tcp:10.0.0.0/8:2379 | {"spec": {"failsafeInboundHostPorts": [], "failsafeOutboundHostPorts": [{"protocol": "TCP", "port": 2379, "net": "10.0.0.0/8"}]}}
            -          | -         | -
            tcp:22     | sctp:9    | -
            banana     | -         | -
            """)
    void patchesWhatTheProfileSets(String inbound, String outbound, String patch) {
        Profile env = new Profile(
                "prod",
                "Production",
                "",
                false,
                List.of("prod"),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                new FailsafeSettings(inbound, outbound, null, null),
                LockoutTargets.NONE,
                SourcePos.of("profiles/prod.yaml"));
        String got = FelixPatch.artifact(new FileHeader("T", null), env)
                .map(Artifact::bytes)
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .map(t -> t.lines().filter(l -> !l.startsWith("#")).reduce("", String::concat))
                .orElse(null);
        assertEquals(patch, got);
    }
}
