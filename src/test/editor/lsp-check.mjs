// Drives the YAML language server over LSP, as an editor does (YamlLanguageServerTest): opens FILE with
// the text of TEXT_FILE, prints the diagnostics it publishes, then the completion it offers at LINE:CHAR
// (both 0-based). Usage: node lsp-check.mjs FILE TEXT_FILE LINE CHAR
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [file, text, line, character] = [process.argv[2], readFileSync(process.argv[3], 'utf8'), +process.argv[4], +process.argv[5]];
const uri = pathToFileURL(file).href;
const server = spawn(new URL('./node_modules/.bin/yaml-language-server', import.meta.url).pathname, ['--stdio']);
let buf = Buffer.alloc(0), id = 0;
const pending = new Map();
const send = (msg) => { const body = JSON.stringify({ jsonrpc: '2.0', ...msg }); server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`); };
const request = (method, params) => new Promise((res) => { const i = ++id; pending.set(i, res); send({ id: i, method, params }); });
const settings = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } };
let diagnosticsSeen;
const diagnostics = new Promise((res) => (diagnosticsSeen = res));
server.stdout.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const head = buf.indexOf('\r\n\r\n'); if (head < 0) return;
    const len = +/Content-Length: (\d+)/.exec(buf.slice(0, head).toString())[1];
    if (buf.length < head + 4 + len) return;
    const msg = JSON.parse(buf.slice(head + 4, head + 4 + len).toString()); buf = buf.slice(head + 4 + len);
    if (msg.id !== undefined && pending.has(msg.id) && msg.method === undefined) { pending.get(msg.id)(msg.result); pending.delete(msg.id); }
    else if (msg.method === 'workspace/configuration') send({ id: msg.id, result: msg.params.items.map(() => settings.yaml) });
    else if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === uri && msg.params.diagnostics.length) diagnosticsSeen(msg.params.diagnostics);
    else if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
  }
});
await request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } });
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings } });
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
const diags = await Promise.race([diagnostics, new Promise((r) => setTimeout(() => r('none within 20 s'), 20000))]);
console.log('diagnostics:');
for (const d of Array.isArray(diags) ? diags : [diags]) console.log(typeof d === 'string' ? d : `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.split('\n')[0]}`);
const completion = await request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
const items = (completion?.items ?? completion ?? []).map((i) => i.label);
console.log(`completion at ${line + 1}:${character + 1}: ${items.length} items: ${items.join(', ')}`);
server.kill();
process.exit(0);
