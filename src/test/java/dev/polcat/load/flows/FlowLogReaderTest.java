package dev.polcat.load.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.diag.DiagnosticPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every flow-log format, detected by content, aggregated by key; bad records at their line. */
class FlowLogReaderTest {
    @TempDir
    Path dir;

    private FlowLog read(String content) throws IOException {
        Path f = dir.resolve("flows.txt");
        Files.writeString(f, content);
        return FlowLogReader.read(f, "flows.txt");
    }

    private static ObservedFlow flow(FlowLog log, String text) {
        return log.flows().stream()
                .filter(f -> f.key().text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in "
                        + log.flows().stream().map(f -> f.key().text()).toList()));
    }

    private static List<String> printed(FlowLog log) {
        return log.problems().stream().map(DiagnosticPrinter::format).toList();
    }

    @Test
    void readsTheGoldmaneSampleAggregatedByKey() {
        FlowLog log = FlowLogReader.read(Path.of("src/test/resources/flows/goldmane-prod.jsonl"), "prod.jsonl");
        assertEquals("JSON lines", log.format());
        assertEquals(24, log.records());
        assertEquals(0, log.skipped());
        assertEquals(14, log.flows().size());
        ObservedFlow apiDb = flow(log, "tcp/5432 from shop/api-* to shop/db-*");
        assertEquals(100, apiDb.connections(), "both ends report each connection: the larger side counts");
        assertEquals(3, apiDb.records());
        assertEquals(ObservedFlow.Recorded.ALLOWED, apiDb.recorded());
        assertEquals(
                Map.of("app", "api", "app.kubernetes.io/component", "backend", "pod-template-hash", "7b6c5d4e3"),
                apiDb.key().source().labels());
        ObservedFlow isolated = flow(log, "tcp/5432 from payments/gateway-* to shop/db-*");
        assertEquals(
                ObservedFlow.Recorded.DENIED, isolated.recorded(), "the source allowed it, the destination denied it");
        assertEquals(3, isolated.denied());
        assertEquals(
                FlowRecord.Action.DENY,
                flow(log, "tcp/8080 from ingress-nginx/ingress-nginx-* to shop/api-*")
                        .pending());
        assertNull(flow(log, "tcp/8080 from shop/web-* to shop/api-*").pending());
        assertEquals(
                FlowEnd.Kind.NETWORK,
                flow(log, "tcp/80 from pub (somewhere public) to ingress-nginx/ingress-nginx-*")
                        .key()
                        .source()
                        .kind());
        assertEquals(
                FlowEnd.Kind.HOST,
                flow(log, "tcp/8080 from prod-worker-1 to shop/web-*")
                        .key()
                        .source()
                        .kind());
        assertEquals(
                "udp/53 from shop/web-* to kube-system/coredns-*",
                log.flows().get(1).key().text(),
                "busiest first");
    }

    @Test
    void snakeCaseAndLowerCamelReadAlike() throws IOException {
        FlowLog log = read("""
                {"key":{"source_name":"web-*","source_namespace":"shop","source_type":"WorkloadEndpoint","dest_name":"prod-cp-1","dest_type":"HostEndpoint","dest_port":6443,"proto":"tcp","action":"Allow","reporter":"Src"},"num_connections_started":4}
                {"Key":{"sourceName":"web-*","sourceNamespace":"shop","sourceType":1,"destName":"prod-cp-1","destType":2,"destPort":"6443","proto":"tcp","action":1,"reporter":1},"numConnectionsStarted":"6"}
                """);
        assertEquals(1, log.flows().size(), log.flows().toString());
        assertEquals(10, log.flows().get(0).connections());
        assertEquals(2, log.flows().get(0).records());
    }

    @Test
    void aRepeatedRecordAddsItsCountersAndADifferentLabelIsAnotherFlow() throws IOException {
        String line = "{\"id\":\"%d\",\"flow\":{\"Key\":{\"sourceName\":\"web-*\",\"sourceNamespace\":\"shop\","
                + "\"sourceType\":\"WorkloadEndpoint\",\"destName\":\"api-*\",\"destNamespace\":\"shop\",\"destType\":\"WorkloadEndpoint\","
                + "\"destPort\":\"8080\",\"proto\":\"tcp\",\"action\":\"Allow\",\"reporter\":\"Src\"},\"startTime\":\"%d\","
                + "\"sourceLabels\":[\"app=%s\"],\"numConnectionsStarted\":\"%d\",\"numConnectionsLive\":\"9\"}}\n";
        FlowLog log = read(String.format(line, 1, 100, "web", 3)
                + String.format(line, 2, 115, "web", 4)
                + String.format(line, 3, 130, "web", 0)
                + String.format(line, 4, 145, "web2", 5)
                + String.format(line, 5, 160, "web", 6).replace("\"Src\"},", "\"Src\"},\n"));
        assertEquals(
                List.of(
                        "flows.txt:5: error: record skipped: not JSON: Unexpected end-of-input within/between Object entries [P117]",
                        "flows.txt:6: error: record skipped: not JSON: expected a JSON object [P117]",
                        "flows.txt: error: 2 of 6 records (33.3%) could not be read; more than 1% is an error [P117]\n  hint: "
                                + FlowLogReader.FORMATS),
                printed(log),
                "a line broken in two is two bad lines, even after its shape is known");
        assertEquals(2, log.flows().size());
        ObservedFlow web = log.flows().get(0);
        assertEquals(Map.of("app", "web"), web.key().source().labels());
        assertEquals(3 + 4 + 9, web.connections(), "a window with none started counts its live connections");
        assertEquals(3, web.records());
        assertEquals(Map.of("app", "web2"), log.flows().get(1).key().source().labels());
    }

    @Test
    void readsAFlowListResultDocumentAndReportsABadFlowAtItsLine() throws IOException {
        StringBuilder doc = new StringBuilder("{\n  \"meta\": {\"totalPages\": 1},\n  \"flows\": [\n");
        for (int i = 0; i < 120; i++) {
            doc.append("    {\"id\": ")
                    .append(i)
                    .append(", \"flow\": {\"Key\": {\"source_name\": \"pub\", \"source_type\": \"Network\", "
                            + "\"dest_name\": \"prod-cp-1\", \"dest_type\": \"HostEndpoint\", \"dest_port\": 22, \"proto\": \"tcp\", "
                            + "\"action\": \"Deny\", \"reporter\": \"Dst\"}}},\n");
        }
        doc.append(
                "    {\"id\": 120, \"flow\": {\"Key\": {\"source_name\": \"pub\", \"source_type\": \"Network\", \"dest_type\": \"Pod\", "
                        + "\"dest_name\": \"x\", \"proto\": \"tcp\"}}}\n  ]\n}\n");
        FlowLog log = read(doc.toString());
        assertEquals("JSON document", log.format());
        assertEquals(120, log.records());
        assertFalse(log.failed(), "1 bad of 121 is under 1%: " + printed(log));
        assertEquals(
                List.of("flows.txt:124: error: record skipped: dest_type 'Pod' is not WorkloadEndpoint, HostEndpoint, "
                        + "NetworkSet or Network [P117]"),
                printed(log));
        ObservedFlow f = log.flows().get(0);
        assertEquals("tcp/22 from pub (somewhere public) to prod-cp-1", f.key().text());
        assertEquals(4, f.firstLine());
        assertEquals(ObservedFlow.Recorded.DENIED, f.recorded());
    }

    @Test
    void readsCalicoEnterpriseFlowLogs() {
        FlowLog log = FlowLogReader.read(Path.of("src/test/resources/flows/enterprise-prod.jsonl"), "e.jsonl");
        assertEquals(List.of(), printed(log));
        ObservedFlow apiDb = flow(log, "tcp/5432 from shop/api-0 to shop/db-*");
        assertEquals("10.30.64.17", apiDb.key().source().address());
        assertEquals(2, apiDb.connections());
        ObservedFlow web = flow(log, "tcp/80 from 203.0.113.7 to ingress-nginx/ingress-nginx-0");
        assertEquals(FlowEnd.Kind.ADDRESS, web.key().source().kind(), "a pub flow with its address keeps the address");
        assertEquals(FlowRecord.Action.DENY, web.pending());
    }

    @Test
    void readsCsvAndTsvFlowLists() throws IOException {
        FlowLog csv = FlowLogReader.read(Path.of("src/test/resources/flows/flows-prod.csv"), "f.csv");
        assertEquals(List.of(), printed(csv));
        assertEquals("CSV", csv.format());
        assertEquals(
                List.of(
                        "tcp/80 from pub (somewhere public) to ingress-nginx/ingress-nginx-0",
                        "tcp/8080 from shop/web-0 to shop/api-0",
                        "tcp/22 from 10.30.0.15 to prod-cp-1",
                        "icmp from 10.30.0.15 to prod-cp-1",
                        "tcp/6443 from 203.0.113.0/24 to prod-cp-1"),
                csv.flows().stream().map(f -> f.key().text()).toList());
        assertEquals(ObservedFlow.Recorded.UNKNOWN, csv.flows().get(0).recorded());
        FlowLog tsv = read("10.30.0.15\tprod-cp-1\ttcp\t22\t3\n10.30.0.15\tprod-cp-1\ttcp\t22\t4\n");
        assertEquals("TSV", tsv.format());
        assertEquals(7, tsv.flows().get(0).connections());
    }

    @Test
    void skipsABadLineAtItsNumberAndKeepsTheRest() throws IOException {
        String good = "10.30.0.15,prod-cp-1,tcp,22\n";
        FlowLog log = read(good + good + "10.30.0.15,prod-cp-1,tcp,ssh\n" + good.repeat(120));
        assertFalse(log.failed());
        assertEquals(122, log.records());
        assertEquals(1, log.skipped());
        assertEquals(List.of("flows.txt:3: error: record skipped: port 'ssh' is not a number [P117]"), printed(log));
    }

    @Test
    void moreThanOnePercentBadRecordsIsAnError() throws IOException {
        FlowLog log = read("10.30.0.15,prod-cp-1,tcp,22\n".repeat(10) + "a,b\n{\"not\": \"json\"\n");
        assertTrue(log.failed());
        assertEquals(
                List.of(
                        "flows.txt:11: error: record skipped: expected src,dst,proto,port[,count], got 2 fields [P117]",
                        "flows.txt:12: error: record skipped: expected src,dst,proto,port[,count], got 1 field [P117]",
                        "flows.txt: error: 2 of 12 records (16.7%) could not be read; more than 1% is an error [P117]\n"
                                + "  hint: " + FlowLogReader.FORMATS),
                printed(log));
    }

    @Test
    void aBrokenJsonLineIsSkippedWithTheParsersWords() throws IOException {
        String good =
                "{\"key\":{\"source_name\":\"pub\",\"source_type\":\"Network\",\"dest_name\":\"prod-cp-1\",\"dest_type\":\"HostEndpoint\","
                        + "\"dest_port\":22,\"proto\":\"tcp\"}}\n";
        FlowLog log = read(good.repeat(150) + "{\"key\": [}\n");
        assertEquals(
                List.of(
                        "flows.txt:151: error: record skipped: not JSON: Unexpected close marker '}': expected ']' [P117]"),
                printed(log));
    }

    @Test
    void anEmptyFileHoldsNoFlows() throws IOException {
        FlowLog log = read("# nothing yet\n\n");
        assertTrue(log.failed());
        assertEquals(
                "flows.txt: error: the flow log holds no flows [P117]",
                printed(log).get(0).lines().findFirst().orElseThrow());
    }
}
