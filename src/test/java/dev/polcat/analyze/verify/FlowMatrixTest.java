package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.FlowSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exposure matrix never drops a probe it cannot simulate: that would remove a row unseen. */
class FlowMatrixTest {
    @Test
    void aProbeTheSimulatorRefusesIsABugNotASkippedRow() {
        FlowSimulator sim = new FlowSimulator(List.of(), List.of(), FailsafePorts.disabled());
        Probe ghost = new Probe("ghost", "tcp/22", "anywhere", "0.0.0.0/0");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FlowMatrix.run(sim, List.of(ghost)));
        assertEquals(
                "cannot simulate the probe tcp/22 to ghost from anywhere (0.0.0.0/0): "
                        + e.getCause().getMessage(),
                e.getMessage());
    }
}
