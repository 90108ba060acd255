package dev.polcat.load;

import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyDoc;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.ProfileKey;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import dev.polcat.yaml.YamlSyntaxError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load stage: reads {@code profiles/*.yaml} and {@code templates/policies/NAME.{md,yaml.ftl}} of a
 * catalog into a typed {@link Catalog}. Reports every problem it finds rather than stopping at the first.
 */
public final class CatalogLoader {
    public static final String PROFILES_DIR = "profiles";
    public static final String TEMPLATES_DIR = "templates";
    public static final String POLICIES_DIR = "policies";
    public static final String TEMPLATE_SUFFIX = ".yaml.ftl";
    static final List<String> PROFILE_KEYS = ProfileKey.keys();
    private static final String POLICY_NAME = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
    private static final String ENV_NAME = InputNames.ENVIRONMENT;

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final StrictYamlReader yaml = new StrictYamlReader();
    private final java.util.Set<String> templateNames = new java.util.HashSet<>();

    public Catalog load(Path root, Diagnostics diags) {
        InputFiles files = new InputFiles(root);
        List<PolicyTemplate> policies = policies(files, diags);
        Map<String, ParameterDecl> params = parameters(policies, diags);
        if (diags.hasErrors()) {
            // Profiles are checked against the declarations; with broken docs that would only add noise.
            return new Catalog(files.root(), "Policy catalog", policies, List.of(), params, Map.of());
        }
        List<RawProfile> raws = rawProfiles(files, diags);
        ProfileMerger merger = new ProfileMerger(raws, diags);
        ProfileBinder binder = new ProfileBinder(params, policies, templateNames, diags);
        List<Profile> profiles = new ArrayList<>();
        for (RawProfile raw : raws) {
            ProfileMerger.Merged merged = merger.merge(raw);
            if (merged != null) profiles.add(binder.bind(raw, merged));
        }
        if (raws.stream().noneMatch(r -> !isAbstract(r)) && !diags.hasErrors()) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P100_UNREADABLE_INPUT,
                            SourcePos.of(PROFILES_DIR + "/"),
                            "no environment profiles found")
                    .withHint("add profiles/<env>.yaml, or run polcat init"));
        }
        Settings settings = settings(files, diags);
        return new Catalog(
                files.root(),
                settings.title(),
                policies,
                profiles,
                params,
                binder.unbound(),
                settings.baseUrl(),
                environmentOrder(
                        settings.environments(),
                        raws.stream()
                                .filter(r -> !isAbstract(r))
                                .map(RawProfile::name)
                                .sorted()
                                .toList(),
                        diags));
    }

    /**
     * The policies and their parameter declarations only, without profiles: what the editor schemas are
     * made from, so they can be written while a profile is still broken.
     */
    public Catalog loadPolicies(Path root, Diagnostics diags) {
        InputFiles files = new InputFiles(root);
        List<PolicyTemplate> policies = policies(files, diags);
        return new Catalog(files.root(), "Policy catalog", policies, List.of(), parameters(policies, diags), Map.of());
    }

    private List<PolicyTemplate> policies(InputFiles files, Diagnostics diags) {
        Path dir = files.root().resolve(TEMPLATES_DIR).resolve(POLICIES_DIR);
        List<PolicyTemplate> out = new ArrayList<>();
        try {
            List<Path> templates = files.list(dir, TEMPLATE_SUFFIX);
            for (Path md : files.list(dir, ".md")) {
                String stem = stem(md, ".md");
                if (!templates.contains(dir.resolve(stem + TEMPLATE_SUFFIX))) {
                    diags.add(Diagnostic.error(
                                    DiagnosticCode.P100_UNREADABLE_INPUT,
                                    SourcePos.of(files.display(md)),
                                    "policy doc without a template")
                            .withHint("add " + files.display(dir.resolve(stem + TEMPLATE_SUFFIX))));
                }
            }
            for (Path t : templates) {
                PolicyTemplate p = policy(files, t, diags);
                if (p != null) out.add(p);
            }
        } catch (InputError e) {
            report(e, diags);
        }
        if (out.isEmpty() && !diags.hasErrors()) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P100_UNREADABLE_INPUT,
                            SourcePos.of(files.display(dir) + "/"),
                            "no policy templates found")
                    .withHint("add NAME.yaml.ftl and NAME.md, or run polcat init"));
        }
        return out;
    }

    /** Names of files every environment's download folder has besides its policies' (ENV-NAME.yaml). */
    private static final java.util.Set<String> RESERVED_POLICY_NAMES = java.util.Set.of("all", "felixconfiguration");

    private PolicyTemplate policy(InputFiles files, Path template, Diagnostics diags) throws InputError {
        String name = stem(template, TEMPLATE_SUFFIX);
        String display = files.display(template);
        if (!name.matches(POLICY_NAME)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P110_BAD_NAME,
                            SourcePos.of(display),
                            "policy name '" + printable(name) + "' is not a valid Calico name")
                    .withHint("use lowercase letters, digits and '-', at most 63 characters"));
            return null;
        }
        if (isDeviceName(name)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P110_BAD_NAME,
                            SourcePos.of(display),
                            "policy name '" + name + "' is a reserved device name on Windows")
                    .withHint("names become file names of the site (policies/" + name + ".html); choose another name"));
            return null;
        }
        if (RESERVED_POLICY_NAMES.contains(name)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P110_BAD_NAME,
                            SourcePos.of(display),
                            "policy name '" + name + "' is reserved: ENV-" + name
                                    + ".yaml is a file every environment's download has")
                    .withHint("choose another name"));
            return null;
        }
        Path md = template.resolveSibling(name + ".md");
        if (!java.nio.file.Files.exists(md, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P100_UNREADABLE_INPUT,
                            SourcePos.of(display),
                            "policy template without a doc")
                    .withHint("add " + files.display(md) + " with front matter (title, summary, parameters)"));
            return null;
        }
        // Read now to refuse links, devices and huge files before FreeMarker ever opens it.
        java.util.regex.Matcher words = IDENTIFIER.matcher(files.read(template).replaceAll("(?s)<#--.*?-->", ""));
        while (words.find()) templateNames.add(words.group());
        PolicyDoc doc = new PolicyDocReader(diags, yaml).read(files.read(md), files.display(md), name);
        if (doc == null) return null;
        String templateName = POLICIES_DIR + "/" + name + TEMPLATE_SUFFIX;
        return new PolicyTemplate(name, templateName, display, doc);
    }

    /** Parameter names are catalog-wide: policies that share a name must agree on its type. */
    private Map<String, ParameterDecl> parameters(List<PolicyTemplate> policies, Diagnostics diags) {
        Map<String, ParameterDecl> out = new TreeMap<>();
        for (PolicyTemplate p : policies) {
            for (ParameterDecl d : p.doc().parameters()) {
                ParameterDecl first = out.putIfAbsent(d.name(), d);
                if (first != null && !first.type().sameAs(d.type())) {
                    diags.add(Diagnostic.error(
                                    DiagnosticCode.P112_PARAM_DECLARATION,
                                    d.pos(),
                                    "parameter '" + d.name() + "' is declared as "
                                            + d.type().spelling() + " here but as "
                                            + first.type().spelling() + " by policy " + first.policy())
                            .forPolicy(p.name())
                            .withHint("profiles set one value per name; use the same type or another name"));
                }
            }
        }
        return out;
    }

    private List<RawProfile> rawProfiles(InputFiles files, Diagnostics diags) {
        List<RawProfile> out = new ArrayList<>();
        try {
            for (Path f : files.list(files.root().resolve(PROFILES_DIR), ".yaml")) {
                RawProfile raw = rawProfile(files, f, diags);
                if (raw != null) out.add(raw);
            }
        } catch (InputError e) {
            report(e, diags);
        }
        return out;
    }

    private RawProfile rawProfile(InputFiles files, Path f, Diagnostics diags) {
        String display = files.display(f);
        String name = stem(f, ".yaml");
        if (!name.matches(ENV_NAME)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P110_BAD_NAME,
                            SourcePos.of(display),
                            "environment name '" + printable(name) + "' is not allowed")
                    .withHint("name profile files with lowercase letters, digits and '-' (e.g. prod-eu.yaml)"));
            return null;
        }
        if (isDeviceName(name)) {
            diags.add(Diagnostic.error(
                            DiagnosticCode.P110_BAD_NAME,
                            SourcePos.of(display),
                            "environment name '" + name + "' is a reserved device name on Windows")
                    .withHint("names become folder and file names of the site (environments/" + name
                            + ".html); choose another name"));
            return null;
        }
        try {
            YNode node = yaml.readSingle(files.read(f), display);
            if (!(node instanceof YMap m)) {
                diags.add(Diagnostic.error(
                        DiagnosticCode.P105_WRONG_TYPE,
                        node.pos(),
                        "a profile must be a map with title, values, policies, hosts ..."));
                return null;
            }
            for (YEntry e : m.entries()) {
                if (!PROFILE_KEYS.contains(e.key())) {
                    diags.add(Diagnostic.error(
                                    DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), "unknown key '" + e.key() + "'")
                            .withHint(Suggestions.hint(e.key(), PROFILE_KEYS)));
                }
            }
            YNode parent = m.get("extends").orElse(null);
            String parentName = "";
            if (parent instanceof YScalar s && s.kind() == YScalar.Kind.STRING) {
                parentName = s.text();
            } else if (parent != null) {
                diags.add(Diagnostic.error(
                        DiagnosticCode.P105_WRONG_TYPE, parent.pos(), "extends: expected a profile name"));
            }
            SourcePos parentPos = m.entry("extends").map(e -> e.value().pos()).orElse(m.pos());
            return new RawProfile(name, display, m, parentName, parentPos);
        } catch (InputError e) {
            report(e, diags);
        } catch (YamlSyntaxError e) {
            diags.add(Diagnostic.error(e.code(), e.pos(), e.getMessage()).withHint(e.hint()));
        }
        return null;
    }

    /**
     * What {@code polcat.yaml} sets: the catalog's title, the URL the site is served under ("" when unset) and
     * the order the site shows environments in (the names as written, checked against the profiles later).
     */
    private record Settings(String title, String baseUrl, List<YScalar> environments) {}

    private static final java.util.regex.Pattern BASE_URL =
            java.util.regex.Pattern.compile("(https?://[^/\\s?#]+)?/([^\\s?#]*/)?");

    private Settings settings(InputFiles files, Diagnostics diags) {
        Settings none = new Settings("Policy catalog", "", List.of());
        Path f = files.root().resolve("polcat.yaml");
        if (!java.nio.file.Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return none;
        try {
            YNode node = yaml.readSingle(files.read(f), "polcat.yaml");
            if (node instanceof YMap m) {
                for (YEntry e : m.entries()) {
                    if (!InputKeys.CATALOG_FILE.contains(e.key())) {
                        diags.add(Diagnostic.error(
                                        DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), "unknown key '" + e.key() + "'")
                                .withHint(Suggestions.hint(e.key(), InputKeys.CATALOG_FILE)));
                    }
                }
                String baseUrl = baseUrl(m, diags);
                List<YScalar> environments = environmentNames(m, diags);
                if (m.get("title").orElse(null) instanceof YScalar s && s.kind() == YScalar.Kind.STRING)
                    return new Settings(s.text(), baseUrl, environments);
            }
            diags.add(Diagnostic.error(
                    DiagnosticCode.P105_WRONG_TYPE, node.pos(), "polcat.yaml: expected 'title: <catalog name>'"));
        } catch (InputError e) {
            report(e, diags);
        } catch (YamlSyntaxError e) {
            diags.add(Diagnostic.error(e.code(), e.pos(), e.getMessage()).withHint(e.hint()));
        }
        return none;
    }

    /** {@code environments}: a list of names; anything else is reported and ignored. */
    private static List<YScalar> environmentNames(YMap m, Diagnostics diags) {
        YNode v = m.get("environments").orElse(null);
        if (v == null) return List.of();
        List<YScalar> names = new ArrayList<>();
        if (v instanceof YList list) {
            for (YNode item : list.items()) {
                if (item instanceof YScalar s && s.kind() == YScalar.Kind.STRING) names.add(s);
                else
                    diags.add(Diagnostic.error(
                                    DiagnosticCode.P105_WRONG_TYPE,
                                    item.pos(),
                                    "environments: expected an environment's name, found " + item.describe())
                            .withHint("list the environments by name, e.g. environments: [prod, staging, dev]"));
            }
            return names;
        }
        diags.add(Diagnostic.error(
                        DiagnosticCode.P105_WRONG_TYPE,
                        v.pos(),
                        "environments: expected a list of environment names, found " + v.describe())
                .withHint("list the environments by name, e.g. environments: [prod, staging, dev]"));
        return List.of();
    }

    /**
     * The order from {@code polcat.yaml}: each name must be an environment (not an abstract profile) and
     * appear once. Environments it leaves out follow in natural order, so listing the important ones first
     * is enough.
     */
    private static List<String> environmentOrder(List<YScalar> names, List<String> known, Diagnostics diags) {
        List<String> order = new ArrayList<>();
        for (YScalar n : names) {
            if (!known.contains(n.text())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P107_INVALID_VALUE,
                                n.pos(),
                                "environments: '" + n.text() + "' is not an environment of this catalog")
                        .withHint(Suggestions.closest(n.text(), known)
                                .map(c -> "did you mean '" + c + "'?")
                                .orElse("the environments are the non-abstract profiles: "
                                        + String.join(", ", known))));
            } else if (order.contains(n.text())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P107_INVALID_VALUE,
                                n.pos(),
                                "environments: '" + n.text() + "' is listed twice")
                        .withHint("list each environment once"));
            } else {
                order.add(n.text());
            }
        }
        return order;
    }

    /** {@code baseUrl}: a path from the server's root ending in '/', optionally with an http(s) scheme and host. */
    private static String baseUrl(YMap m, Diagnostics diags) {
        YNode v = m.get("baseUrl").orElse(null);
        if (v == null) return "";
        if (v instanceof YScalar s
                && s.kind() == YScalar.Kind.STRING
                && BASE_URL.matcher(s.text()).matches()) return s.text();
        String shown = v instanceof YScalar s ? s.text() : "a " + (v instanceof YMap ? "map" : "list");
        diags.add(Diagnostic.error(
                        DiagnosticCode.P107_INVALID_VALUE,
                        v.pos(),
                        "baseUrl: '" + shown + "' is not the path the site is served under")
                .withHint(
                        "write a path from the server's root that ends in '/', e.g. baseUrl: /polcat/ for a GitHub Pages "
                                + "project site, or a full URL such as https://example.org/docs/"));
        return "";
    }

    private static boolean isAbstract(RawProfile r) {
        return r.body()
                .get("abstract")
                .map(n -> n instanceof YScalar s && s.text().equals("true"))
                .orElse(false);
    }

    private static String stem(Path p, String suffix) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }

    /**
     * Names become file names, and Windows opens a device for {@code con}, {@code nul.html} and the like
     * (case-insensitively, whatever the extension). The name rules already exclude upper case.
     */
    static boolean isDeviceName(String name) {
        return name.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]");
    }

    /** Names from a pull request may hold control characters or terminal escapes: never print them raw. */
    static String printable(String s) {
        return ControlChars.escape(s, "");
    }

    private static void report(InputError e, Diagnostics diags) {
        diags.add(Diagnostic.error(DiagnosticCode.P100_UNREADABLE_INPUT, e.pos(), e.getMessage())
                .withHint(e.hint()));
    }
}
