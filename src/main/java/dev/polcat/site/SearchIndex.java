package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.calico.EntityRule;
import dev.polcat.calico.Port;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import dev.polcat.publish.Artifact;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The search index, sharded so that a query loads only what it needs, as Pagefind does: a small
 * {@code meta} (environments, policies, which shards exist), postings shards that map a word, a port or
 * a network to the (policy, environment) pairs that have it, and one document shard per policy and
 * environment with its rules. Every shard is a script calling {@code window.polcatSearch(key, data)}:
 * Chromium refuses {@code fetch} on {@code file://} pages but loads scripts, and the data is JSON, so
 * nothing from the catalog ever runs as code. The query side is {@code assets/search.js}.
 */
final class SearchIndex {
    static final String DIR = "assets/search/";

    private SearchIndex() {}

    static List<Artifact> artifacts(Catalog catalog, Analysis analysis) {
        List<EnvironmentAnalysis> envs = analysis.environments();
        List<PolicyTemplate> policies = catalog.policies();
        Postings words = new Postings(envs.size());
        Postings ports = new Postings(envs.size());
        Postings nets = new Postings(envs.size());
        // Policies are indexed on all cores: each adds only its own postings (its own bit sets), and its
        // document scripts are collected in policy order.
        List<List<Artifact>> docScripts = IntStream.range(0, policies.size())
                .parallel()
                .mapToObj(p -> policy(
                        envs,
                        policies.get(p),
                        p,
                        MergedRules.of(envs, policies.get(p).name()),
                        words,
                        ports,
                        nets))
                .toList();
        List<Artifact> out = new ArrayList<>();
        docScripts.forEach(out::addAll);
        out.addAll(words.shards(w -> "t-" + SearchTerms.wordShard(w)));
        out.addAll(ports.shards(k -> k.substring(0, k.indexOf(' '))));
        out.addAll(nets.shards(k -> k.substring(0, k.indexOf(' '))));
        out.add(SearchShard.script(DIR, "meta", meta(envs, policies, words, ports, nets)));
        return out;
    }

    private static List<Artifact> policy(
            List<EnvironmentAnalysis> envs,
            PolicyTemplate t,
            int p,
            MergedRules.Result ids,
            Postings words,
            Postings ports,
            Postings nets) {
        List<Artifact> out = new ArrayList<>();
        for (int e = 0; e < envs.size(); e++) {
            PolicyAnalysis pa = envs.get(e).policy(t.name()).orElse(null);
            if (pa == null) continue;
            for (String w : SearchTerms.words(t.name() + " " + t.doc().title() + " "
                    + String.join(" ", t.doc().tags()) + " "
                    + envs.get(e).env().name())) {
                words.add(w, p, e);
            }
            List<Object> docs = new ArrayList<>();
            for (ExplainedRule r : pa.rules()) {
                docs.add(document(ids.id(envs.get(e).env().name(), r), r));
                for (String w : SearchTerms.words(
                        r.name() + " " + r.sentence() + " " + r.direction().yamlName())) words.add(w, p, e);
                for (List<Object> port : ports(r)) {
                    String key = port.get(0) + "/" + port.get(1)
                            + (port.get(1).equals(port.get(2)) ? "" : "-" + port.get(2));
                    for (int b = (int) port.get(1) >> 10; b <= (int) port.get(2) >> 10; b++)
                        ports.add("p" + b + " " + key, p, e);
                }
                for (String n : nets(r)) nets.add(SearchTerms.netShard(n) + " " + n, p, e);
            }
            out.add(SearchShard.script(
                    DIR, "d/" + t.name() + "/" + envs.get(e).env().name(), docs));
        }
        return out;
    }

    /** {@code [id, name, action, direction, sentence, nets, ports]}: what a hit shows and what the query matches. */
    private static List<Object> document(String id, ExplainedRule r) {
        return List.of(
                id, r.name(), r.rule().action().yamlName(), r.direction().yamlName(), r.sentence(), nets(r), ports(r));
    }

    private static List<String> nets(ExplainedRule r) {
        List<String> out = new ArrayList<>();
        for (EntityRule side : List.of(r.rule().source(), r.rule().destination())) {
            for (Cidr n : side.nets()) {
                String c = n.parsed().map(IpNet::canonical).orElse(null);
                if (c != null && !out.contains(c)) out.add(c);
            }
        }
        return out;
    }

    /** {@code [protocol, from, to]} of each numbered destination port (source ports are rarely what people look for). */
    private static List<List<Object>> ports(ExplainedRule r) {
        List<List<Object>> out = new ArrayList<>();
        String proto =
                r.rule().protocol() == null ? "" : r.rule().protocol().text().toLowerCase(Locale.ROOT);
        for (Port port : r.rule().destination().ports()) {
            if (!port.isNamed()) out.add(List.of(proto, port.min(), port.max()));
        }
        return out;
    }

    private static Map<String, Object> meta(
            List<EnvironmentAnalysis> envs, List<PolicyTemplate> policies, Postings... shards) {
        Map<String, Object> m = new TreeMap<>();
        m.put(
                "envs",
                envs.stream()
                        .map(e -> List.of(
                                e.env().name(),
                                e.env().title(),
                                String.join(
                                        " ",
                                        e.env().hosts().stream()
                                                .map(h -> h.name())
                                                .toList())))
                        .toList());
        m.put(
                "policies",
                policies.stream()
                        .map(p -> List.of(
                                p.name(),
                                p.doc().title(),
                                String.join(" ", p.doc().tags())))
                        .toList());
        List<String> keys = new ArrayList<>();
        for (Postings s : shards) keys.addAll(s.shardKeys());
        m.put("shards", keys.stream().sorted().distinct().toList());
        return m;
    }

    /** A key (word, port or network, each with its shard) to the policies and environments that have it. */
    static final class Postings {
        private final int envCount;
        /** Filled from several threads, one per policy: a policy's bit set is only ever touched by its own. */
        private final Map<String, Map<Integer, BitSet>> byKey = new ConcurrentHashMap<>();

        private java.util.function.Function<String, String> shardOf;

        Postings(int envCount) {
            this.envCount = envCount;
        }

        void add(String key, int policy, int env) {
            byKey.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(policy, k -> new BitSet())
                    .set(env);
        }

        List<String> shardKeys() {
            return byKey.keySet().stream().sorted().map(shardOf).distinct().toList();
        }

        /** One script per shard: {@code {key: [[policy, envs], …]}}, envs a hex bitset (bit i = environment i). */
        List<Artifact> shards(java.util.function.Function<String, String> shard) {
            this.shardOf = shard;
            Map<String, Map<String, Object>> files = new TreeMap<>();
            new TreeMap<>(byKey).forEach((k, postings) -> {
                List<Object> list = new ArrayList<>();
                new TreeMap<>(postings).forEach((p, bits) -> list.add(List.of(p, SearchTerms.hex(bits, envCount))));
                String bare = k.indexOf(' ') >= 0 ? k.substring(k.indexOf(' ') + 1) : k;
                files.computeIfAbsent(shard.apply(k), x -> new TreeMap<>()).put(bare, list);
            });
            List<Artifact> out = new ArrayList<>();
            files.forEach((name, data) -> out.add(SearchShard.script(DIR, name, data)));
            return out;
        }
    }
}
