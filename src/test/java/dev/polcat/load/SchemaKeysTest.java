package dev.polcat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.diag.Diagnostics;
import dev.polcat.publish.Artifact;
import dev.polcat.schema.EditorSchemas;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key a reader accepts is one the editor schema describes, and no other: a key added to a reader
 * but not to the schema (or the other way round) fails here, so editors never flag valid input.
 */
class SchemaKeysTest {
    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of(EditorSchemas.PROFILE, "/properties", CatalogLoader.PROFILE_KEYS),
                Arguments.of(EditorSchemas.PROFILE, "/properties/hosts/items/properties", InputKeys.HOST),
                Arguments.of(EditorSchemas.PROFILE, "/properties/guard/properties", InputKeys.GUARD),
                Arguments.of(EditorSchemas.PROFILE, "/properties/namespaces/items/properties", InputKeys.NAMESPACE),
                Arguments.of(EditorSchemas.PROFILE, "/properties/workloads/items/properties", InputKeys.WORKLOAD),
                Arguments.of(
                        EditorSchemas.PROFILE,
                        "/properties/workloads/items/properties/serviceAccount/anyOf/1/properties",
                        InputKeys.SERVICE_ACCOUNT),
                Arguments.of(
                        EditorSchemas.PROFILE,
                        "/properties/workloads/items/properties/ports/items/properties",
                        InputKeys.WORKLOAD_PORT),
                Arguments.of(EditorSchemas.PROFILE, "/properties/public/items/properties", InputKeys.PUBLIC),
                Arguments.of(
                        EditorSchemas.PROFILE,
                        "/properties/expect/items/properties/to/anyOf/2/properties",
                        InputKeys.WORKLOAD_PEER),
                Arguments.of(EditorSchemas.PROFILE, "/properties/expect/items/properties", InputKeys.FLOW),
                Arguments.of(EditorSchemas.PROFILE, "/properties/failsafe/properties", InputKeys.FAILSAFE),
                Arguments.of(
                        EditorSchemas.PROFILE,
                        "/properties/policies/properties/ssh/properties",
                        InputKeys.POLICY_SETTINGS),
                Arguments.of(EditorSchemas.POLICY_DOC, "/properties", InputKeys.FRONT_MATTER),
                Arguments.of(EditorSchemas.POLICY_DOC, "/properties/caveats/items/properties", InputKeys.CAVEAT),
                Arguments.of(EditorSchemas.POLICY_DOC, "/properties/examples/items/properties", InputKeys.FLOW),
                Arguments.of(EditorSchemas.POLICY_DOC, "/$defs/parameter/properties", InputKeys.PARAMETER),
                Arguments.of(EditorSchemas.CATALOG_FILE, "/properties", InputKeys.CATALOG_FILE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("places")
    void theSchemaDescribesExactlyTheKeysTheReaderAccepts(String schema, String pointer, List<String> readerKeys)
            throws IOException {
        JsonNode properties = schema(schema).at(pointer);
        Set<String> described = new TreeSet<>();
        properties.fieldNames().forEachRemaining(described::add);
        assertEquals(new TreeSet<>(readerKeys), described);
    }

    private static JsonNode schema(String name) throws IOException {
        Diagnostics diags = new Diagnostics();
        var catalog = new CatalogLoader().loadPolicies(TestCatalog.fixture("minimal"), diags);
        Artifact file = EditorSchemas.artifacts(catalog, "").stream()
                .filter(a -> a.path().equals(name))
                .findFirst()
                .orElseThrow();
        return new ObjectMapper().readTree(file.asText());
    }
}
