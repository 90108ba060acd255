package dev.polcat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic catalog of realistic variety, the same for the same seed: policies whose templates
 * loop over record lists, branch on flags and use every rule field (nets and notNets, selectors, port
 * ranges, ICMP, ipVersion, Log and Deny), documented with parameters, notes and caveats; and
 * environments in {@code extends} chains (base → region → env) with hosts. Every generated catalog
 * builds without errors.
 */
public final class SyntheticCatalog {
    private final int policies;
    private final int envs;
    private final int hosts;
    private final long seed;

    public SyntheticCatalog(int policies, int envs, int hosts, long seed) {
        this.policies = policies;
        this.envs = envs;
        this.hosts = hosts;
        this.seed = seed;
    }

    public void writeTo(Path root) throws IOException {
        Random rnd = new Random(seed);
        write(
                root.resolve("polcat.yaml"),
                "title: Synthetic catalog (" + policies + " policies × " + envs + " environments)\n");
        for (int i = 0; i < policies; i++) {
            String name = String.format("svc-%04d", i);
            int fixed = 2 + rnd.nextInt(14);
            write(
                    root.resolve("templates/policies/" + name + ".yaml.ftl"),
                    SyntheticPolicy.template(name, 100 + i, fixed, rnd));
            write(root.resolve("templates/policies/" + name + ".md"), SyntheticPolicy.doc(name, fixed, rnd));
        }
        write(root.resolve("profiles/base.yaml"), SyntheticProfile.base());
        for (int r = 0; r < 3; r++) write(root.resolve("profiles/region-" + r + ".yaml"), SyntheticProfile.region(r));
        for (int e = 0; e < envs; e++) {
            write(
                    root.resolve(String.format("profiles/env-%03d.yaml", e)),
                    SyntheticProfile.environment(e, hosts, policies, rnd));
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
