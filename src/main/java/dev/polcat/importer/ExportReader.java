package dev.polcat.importer;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.ParsedResource;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import dev.polcat.validate.ResourceValidator;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import dev.polcat.yaml.YamlSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the exports of each environment (a file, or every *.yaml / *.yml file of a folder, sorted), expands
 * {@code List} documents, drops cluster-managed fields and the objects Calico generates from Kubernetes
 * ({@code knp.default.*}, {@code kns.*}, {@code ksa.*}), and checks every resource as {@code polcat validate}
 * would. Every problem is a diagnostic with the file, line and column and the environment.
 */
final class ExportReader {
    /** Names Calico gives the objects it derives from Kubernetes NetworkPolicies, namespaces and service accounts. */
    static final List<String> GENERATED_PREFIXES = List.of("knp.default.", "kns.", "ksa.");

    record Result(List<ExportedResource> resources, List<Diagnostic> diagnostics, int skippedGenerated) {}

    private final StrictYamlReader yaml = new StrictYamlReader(16 * 1024 * 1024);
    private final CalicoReader reader = new CalicoReader();
    private final ResourceValidator validator = new ResourceValidator();

    Result read(Map<String, Path> sources) {
        List<ExportedResource> out = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        int[] skipped = {0};
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        sources.forEach((env, path) -> {
            for (Path file : files(env, path, diags)) readFile(env, file, out, diags, skipped, seen);
        });
        return new Result(out, diags, skipped[0]);
    }

    private static List<Path> files(String env, Path path, List<Diagnostic> diags) {
        if (Files.isRegularFile(path)) return List.of(path);
        if (!Files.isDirectory(path)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P100_UNREADABLE_INPUT,
                            SourcePos.of(path.toString()),
                            "no such file or folder")
                    .inEnv(env)
                    .withHint("--env " + env + "=PATH names a file or a folder of *.yaml exports"));
            return List.of();
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(p -> Files.isRegularFile(p)
                            && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P100_UNREADABLE_INPUT,
                                SourcePos.of(path.toString()),
                                "no *.yaml or *.yml files in this folder")
                        .inEnv(env));
            }
            return files;
        } catch (IOException e) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P100_UNREADABLE_INPUT,
                            SourcePos.of(path.toString()),
                            "cannot list the folder: " + e.getMessage())
                    .inEnv(env));
            return List.of();
        }
    }

    private void readFile(
            String env,
            Path file,
            List<ExportedResource> out,
            List<Diagnostic> diags,
            int[] skipped,
            Map<String, SourcePos> seen) {
        String name = file.toString();
        List<YNode> docs;
        try {
            docs = yaml.readAll(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (YamlSyntaxError e) {
            diags.add(Diagnostic.error(e.code(), e.pos(), e.getMessage())
                    .withHint(e.hint())
                    .inEnv(env));
            return;
        } catch (IOException e) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P100_UNREADABLE_INPUT,
                            SourcePos.of(name),
                            "cannot read the file: " + e.getMessage())
                    .inEnv(env));
            return;
        }
        for (YNode doc : docs) {
            for (YNode item : items(doc)) readResource(env, PlainTree.stripped(item), out, diags, skipped, seen);
        }
    }

    /** A List document (kubectl/calicoctl `-o yaml` of several resources) stands for its items. */
    private static List<YNode> items(YNode doc) {
        if (doc instanceof YMap m
                && m.get("kind").orElse(null) instanceof YScalar k
                && k.text().endsWith("List")
                && m.get("items").orElse(null) instanceof YList items) {
            return items.items();
        }
        return List.of(doc);
    }

    private void readResource(
            String env,
            YNode doc,
            List<ExportedResource> out,
            List<Diagnostic> diags,
            int[] skipped,
            Map<String, SourcePos> seen) {
        String metaName = doc instanceof YMap m
                        && m.get("metadata").orElse(null) instanceof YMap meta
                        && meta.get("name").orElse(null) instanceof YScalar n
                ? n.text()
                : "";
        if (GENERATED_PREFIXES.stream().anyMatch(metaName::startsWith)) {
            skipped[0]++;
            return;
        }
        CalicoReader.Result r = reader.read(doc);
        for (CalicoReader.ForeignObject f : r.foreign()) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P304_RESOURCE_SHAPE,
                            f.pos(),
                            f.kind() + " '" + f.name()
                                    + "' (" + f.apiVersion()
                                    + ") is not network policy; polcat import reads Calico resources and "
                                    + "Kubernetes NetworkPolicies")
                    .inEnv(env)
                    .withHint("export with calicoctl get globalnetworkpolicy,networkpolicy,... -o yaml and "
                            + "kubectl get networkpolicies -A -o yaml"));
        }
        for (CalicoReader.Located e : r.errors()) {
            diags.add(e.error()
                    .toDiagnostic(DiagnosticCode.P302_UNKNOWN_FIELD, e.positions())
                    .inEnv(env)
                    .forPolicy(e.name()));
        }
        for (ParsedResource pr : r.resources()) {
            List<FieldError> problems = validator.validate(pr.resource());
            for (FieldError e : problems) {
                diags.add(e.toDiagnostic(DiagnosticCode.P301_CALICO_INVALID, pr.positions())
                        .inEnv(env)
                        .forPolicy(pr.resource().name()));
            }
            if (!problems.isEmpty()) continue;
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) PlainTree.of(doc);
            String ns = java.util.Objects.requireNonNullElse(
                    pr.resource().metadata().namespace(), "");
            ExportedResource res = new ExportedResource(
                    env,
                    pr.resource().key(),
                    pr.resource().kind().yamlName(),
                    ns,
                    pr.resource().name(),
                    tree,
                    pr.resource(),
                    doc.pos());
            SourcePos first = seen.putIfAbsent(env + " " + res.key(), doc.pos());
            if (first != null) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P306_DUPLICATE_RESOURCE,
                                doc.pos(),
                                res.key() + " is exported twice for environment " + env + " (first at " + first + ")")
                        .inEnv(env));
                continue;
            }
            out.add(res);
        }
    }
}
