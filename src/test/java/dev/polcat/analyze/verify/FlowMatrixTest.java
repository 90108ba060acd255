package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.catalog.Host;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The exposure matrix never drops a probe it cannot simulate unseen: it is counted, with the reason. */
class FlowMatrixTest {
    @Test
    void aProbeTheSimulatorRefusesIsSkippedWithItsReasonAndTheOthersStillRun() {
        Host cp = new Host("cp-1", "eth0", Cidr.all(List.of("10.0.0.1")), new TreeMap<>(), SourcePos.of("t"));
        FlowSimulator sim = new FlowSimulator(List.of(), List.of(cp), FailsafePorts.disabled());
        Probe ghost = new Probe("ghost", "tcp/22", "anywhere", "0.0.0.0/0");
        Probe real = new Probe("cp-1", "tcp/22", "anywhere", "0.0.0.0/0");
        Probe v6 = new Probe("cp-1", "udp/53", "anywhere", "::/0");
        FlowMatrix.Run run = FlowMatrix.run(sim, List.of(ghost, real, v6));
        assertEquals(List.of(real), List.copyOf(run.results().keySet()));
        assertEquals(
                List.of(
                        new FlowMatrix.Skipped(ghost, "unknown host 'ghost'; the environment's hosts: cp-1"),
                        new FlowMatrix.Skipped(v6, "no IP version fits both ends of ingress udp/53 from ::/0 to cp-1")),
                run.skipped());
    }
}
