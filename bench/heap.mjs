// The server's live heap over 20,000 edits to one 20 KB document, after a forced GC: run by
// `bench/run.mjs` as `node --expose-gc bench/heap.mjs`. The server runs in this process over
// in-memory streams (bundled from its source here), so that `gc()` and the heap are its own; the
// client side keeps nothing but the latest result. Prints one JSON object.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import * as esbuild from 'esbuild';
import rpc from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;
const EDITS = Number(process.argv[2] ?? 20_000);
const SAMPLES = 5;

const dir = mkdtempSync(join(tmpdir(), 'invite-lint-heap-'));
const outfile = join(dir, 'start.js');
await esbuild.build({
  stdin: {
    contents: "export { startServer } from './server/src/lsp/start'; export { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';",
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'error',
  mainFields: ['module', 'main'],
  define: { INVITE_LINT_VERSION: '"bench"' },
});
const server = createRequire(import.meta.url)(outfile);

const toServer = new PassThrough();
const toClient = new PassThrough();
server.startServer(server.createConnection(new server.StreamMessageReader(toServer), new server.StreamMessageWriter(toClient)));
const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
let published;
let waiting;
client.onNotification('textDocument/publishDiagnostics', (params) => {
  published = params.version;
  if (waiting && waiting.version === params.version) waiting.resolve();
});
client.onRequest(() => null);
client.listen();
const until = (version) => (published === version ? Promise.resolve() : new Promise((resolve) => (waiting = { version, resolve })));

await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: false } } });
await client.sendNotification('initialized', {});
const NOTE = 'We met at the Austin UX meetup in March and talked about design systems. I would be glad to compare notes on onboarding flows.';
const text = Array.from({ length: 100 }, (_, i) => `# to: Person ${i}\n${NOTE}`).join('\n---\n');
const uri = 'file:///heap/bench.invite';
await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'invite', version: 1, text } });
await until(1);

const heap = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1048576;
};
const samples = [{ edits: 0, mb: heap() }];
for (let version = 2; version <= EDITS + 1; version++) {
  // Type and delete a letter in a note somewhere in the file, as writing does.
  const line = 1 + 3 * ((version * 37) % 100);
  const change = version % 2 ? { range: { start: { line, character: 10 }, end: { line, character: 11 } }, text: '' } : { range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: 'x' };
  await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  await until(version);
  if ((version - 1) % (EDITS / (SAMPLES - 1)) === 0) samples.push({ edits: version - 1, mb: heap() });
}
client.dispose();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ samples }));
process.exit(0);
