package dev.polcat.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import dev.polcat.publish.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas accept the whole example catalog, offer its names for completion, and never change by themselves. */
class ExampleCatalogSchemasTest {
    private static final SchemaValidation SCHEMAS = new SchemaValidation(SchemaValidation.EXAMPLE);

    static Stream<Path> profiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("profiles"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> docs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("templates/policies"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyExampleProfileValidates(Path profile) {
        assertEquals("", SCHEMAS.errors(EditorSchemas.PROFILE, SchemaValidation.read(profile)), profile.toString());
    }

    @ParameterizedTest
    @MethodSource("docs")
    void everyExampleDocFrontMatterValidates(Path doc) {
        String front = SchemaValidation.frontMatter(SchemaValidation.read(doc));
        assertEquals("", SCHEMAS.errors(EditorSchemas.POLICY_DOC, front), doc.toString());
    }

    @Test
    void theCatalogFileValidates() {
        assertEquals("", SCHEMAS.errors(EditorSchemas.CATALOG_FILE, SchemaValidation.read(Path.of("polcat.yaml"))));
    }

    /** What the YAML language server completes under values: is exactly what the policies declare. */
    @Test
    void completionUnderValuesOffersEveryDeclaredParameter() throws IOException {
        Diagnostics diags = new Diagnostics();
        var catalog = new CatalogLoader().loadPolicies(SchemaValidation.EXAMPLE, diags);
        JsonNode profile = new ObjectMapper().readTree(SCHEMAS.text(EditorSchemas.PROFILE));
        assertEquals(catalog.parameters().keySet(), names(profile.at("/properties/values/properties")));
        assertTrue(names(profile.at("/properties/values/properties")).contains("managementCidrs"));
        List<String> policies =
                catalog.policies().stream().map(PolicyTemplate::name).sorted().toList();
        assertEquals(new TreeSet<>(policies), names(profile.at("/properties/policies/properties")));
        List<String> enumNames = new ArrayList<>();
        profile.at("/properties/policies/propertyNames/enum").forEach(n -> enumNames.add(n.asText()));
        assertEquals(policies, enumNames);
        for (PolicyTemplate p : catalog.policies()) {
            Set<String> own = new TreeSet<>(
                    p.doc().parameters().stream().map(ParameterDecl::name).toList());
            assertEquals(
                    own,
                    names(profile.at("/properties/policies/properties/" + p.name() + "/properties/values/properties")),
                    p.name());
        }
    }

    @Test
    void valuesCarryTheDocsDescriptionTypeAndDefault() throws IOException {
        JsonNode values =
                new ObjectMapper().readTree(SCHEMAS.text(EditorSchemas.PROFILE)).at("/properties/values/properties");
        JsonNode port = values.get("apiServerPort");
        assertEquals(
                "The port the API server listens on (`--secure-port`).\n\nType port: a port (1-65535 or \"min:max\"). "
                        + "Declared by policies k8s-api-server, k8s-nodes. A port from 1 to 65535, or a range \"min:max\" (quoted); "
                        + "that min is not above max is checked by polcat validate.",
                port.get("description").asText());
        assertEquals("#/$defs/port", port.at("/allOf/0/$ref").asText());
        assertEquals(6443, port.get("default").asInt());
        assertEquals(
                "[\"vxlan\",\"ipip\",\"wireguard\"]",
                values.at("/encapsulation/items/enum").toString());
    }

    @Test
    void aPolicysOwnValuesDoNotListEveryPolicyThatDeclaresTheParameter() throws IOException {
        // Listing them there made the schema grow with policies squared (17 MB at 500 policies).
        JsonNode port = new ObjectMapper()
                .readTree(SCHEMAS.text(EditorSchemas.PROFILE))
                .at("/properties/policies/properties/k8s-nodes/properties/values/properties/apiServerPort");
        assertEquals(
                "The port the API server listens on (`--secure-port`).\n\nType port: a port (1-65535 or \"min:max\"). "
                        + "A port from 1 to 65535, or a range \"min:max\" (quoted); "
                        + "that min is not above max is checked by polcat validate.",
                port.get("description").asText());
        assertEquals("#/$defs/port", port.at("/allOf/0/$ref").asText());
    }

    @Test
    void schemasAreByteIdenticalAcrossRuns() {
        List<Artifact> first = SCHEMAS.files();
        List<Artifact> second = new SchemaValidation(SchemaValidation.EXAMPLE).files();
        assertEquals(
                first.stream().map(Artifact::path).toList(),
                second.stream().map(Artifact::path).toList());
        for (int i = 0; i < first.size(); i++)
            assertArrayEquals(
                    first.get(i).bytes(), second.get(i).bytes(), first.get(i).path());
        assertFalse(first.get(0).asText().contains("\r"));
    }

    @Test
    void theSchemasAreDraft202012() {
        for (Artifact a : SCHEMAS.files()) {
            assertTrue(
                    a.asText().startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"),
                    a.path());
        }
    }

    /** Each schema is itself valid against the Draft 2020-12 meta-schema (bundled with the validator, no network). */
    @Test
    void eachSchemaIsAValidDraft202012Schema() {
        var meta = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                        com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Artifact a : SCHEMAS.files()) {
            assertEquals(List.of(), meta.validate(a.asText(), com.networknt.schema.InputFormat.JSON), a.path());
        }
        String broken = SCHEMAS.text(EditorSchemas.CATALOG_FILE)
                .replace("\"additionalProperties\": false", "\"additionalProperties\": 1");
        assertFalse(
                meta.validate(broken, com.networknt.schema.InputFormat.JSON).isEmpty(),
                "the meta-schema check can fail");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
