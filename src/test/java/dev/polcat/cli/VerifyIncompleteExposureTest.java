package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** verify names each exposure probe that could not be simulated, escaped, and says nothing when there is none. */
class VerifyIncompleteExposureTest {
    @Test
    void eachSkippedProbeIsOneWarning() {
        EnvironmentAnalysis prod = new Build()
                .analyze(BuildRequest.of(Path.of("")))
                .analysis()
                .environment("prod")
                .orElseThrow();
        assertEquals(List.of(), VerifyCommand.incomplete(prod));
        EnvironmentAnalysis skipped = new EnvironmentAnalysis(
                prod.env(),
                prod.policies(),
                prod.hosts(),
                prod.checks(),
                prod.exposure(),
                prod.exposureFromEndpoints(),
                List.of("tcp/22 to ghost from anywhere (0.0.0.0/0): unknown host 'ghost'", "x\n::error::y"));
        assertEquals(
                List.of(
                        "polcat: warning: prod: exposure report incomplete: cannot simulate tcp/22 to ghost from "
                                + "anywhere (0.0.0.0/0): unknown host 'ghost'",
                        "polcat: warning: prod: exposure report incomplete: cannot simulate x\\n::error::y"),
                VerifyCommand.incomplete(skipped));
    }
}
