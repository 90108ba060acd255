package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The exposure matrix never drops a probe it cannot simulate unseen: it is counted, with the reason. */
class FlowMatrixTest {
    @Test
    void aProbeTheSimulatorRefusesIsSkippedWithItsReasonAndTheOthersStillRun() {
        Host cp = new Host("cp-1", "eth0", Cidr.all(List.of("10.0.0.1")), new TreeMap<>(), SourcePos.of("t"));
        FlowSimulator sim = new FlowSimulator(List.of(), List.of(cp), FailsafePorts.disabled());
        Probe ghost = probe("ghost", FlowService.tcp(22), IpNet.anyV4());
        Probe real = probe("cp-1", FlowService.tcp(22), IpNet.anyV4());
        Probe v6 = probe("cp-1", FlowService.of("udp", 53), IpNet.anyV6());
        FlowMatrix.Run run = FlowMatrix.run(sim, List.of(ghost, real, v6));
        assertEquals(List.of(real), List.copyOf(run.results().keySet()));
        assertEquals(
                List.of(
                        new FlowMatrix.Skipped(ghost, "unknown host 'ghost'; the environment's hosts: cp-1"),
                        new FlowMatrix.Skipped(v6, "no IP version fits both ends of ingress udp/53 from ::/0 to cp-1")),
                run.skipped());
    }

    private static Probe probe(String host, FlowService service, IpNet from) {
        String text = service.protocol().text().toLowerCase(java.util.Locale.ROOT) + "/" + service.port();
        return new Probe(
                host, text, "anywhere", from.canonical(), new Endpoint.HostName(host), service, Endpoint.of(from));
    }
}
