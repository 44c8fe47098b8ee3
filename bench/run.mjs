// The benchmark: `npm run bench` (after `npm run build`). Prints latency of the bundled server
// over stdio and the engine alone against a floor measured in the same run. Not a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startClient, uniqueUri } from '../test/helpers/lsp-client.mjs';
import { generate } from './gen.mjs';

const core = createRequire(import.meta.url)('../out/core.js');

const NOTE_200 = 'We met at the Austin UX meetup in March and talked about design systems. I would be glad to compare notes on onboarding flows. Not a good time? Please archive this rather than decline, so I can ask.';

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99), n: values.length };
}

function timeIt(fn, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return stats(times).p50;
}

const FLOOR_PHRASES = [
  "i'd like to add you", 'professional network', 'join my network', "let's connect", 'dear sir', 'to whom it may concern',
  'fellow group member', '[name]', '{name}', 'quick call', 'book a demo', 'best regards', 'cheers', 'http', 'www.',
  'we met', 'mutual', 'your article', 'your talk', 'i can help',
];

function floor(text) {
  let total = 0;
  for (const note of text.split(/\n-{3,}\n/)) {
    const body = note.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    total += body.length;
    const lower = body.toLowerCase();
    for (const phrase of FLOOR_PHRASES) if (lower.includes(phrase)) total++;
  }
  return total;
}

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const rows = [];
const row = (what, value, target = '') => rows.push([what, value, target]);

const big = generate();
const noteCount = core.splitNotes(big).length;

// Engine alone, no protocol, no cache: a fresh analysis of every note.
const engineMs = timeIt(() => core.analyzeDocument(big, core.DEFAULT_OPTIONS));
const floorMs = timeIt(() => floor(big));
row(`engine alone, ${noteCount} notes (${(big.length / 1e6).toFixed(1)} MB)`, fmt(engineMs), '< ~75 ms, within 3x of floor');
row('floor: measure each note + search 20 phrases', fmt(floorMs), `engine/floor = ${(engineMs / floorMs).toFixed(1)}x`);

// One note at a time, warm: what a keystroke costs the engine, against the floor on the same note.
const perNote = (fn, runs = 5000) => timeIt(() => {
  for (let i = 0; i < runs; i++) fn();
}) / runs;
const noteMs = perNote(() => core.analyzeNote(NOTE_200, core.DEFAULT_OPTIONS).touch);
const noteFloorMs = perNote(() => floor(NOTE_200));
row('engine, one 200-char note, warm (mean of 5,000)', `${(noteMs * 1000).toFixed(1)} µs`, `floor ${(noteFloorMs * 1000).toFixed(2)} µs, engine/floor = ${(noteMs / noteFloorMs).toFixed(0)}x`);
row('whole 10,000-note document against its floor', `${(engineMs / floorMs).toFixed(0)}x`, 'target 4x');

// The first note in a fresh process, as the server sees it: with the warm-up it runs after initialize, and without.
const firstNote = (warm) =>
  Number(
    execFileSync(process.execPath, ['-e', `
      const core = require(${JSON.stringify(new URL('../out/core.js', import.meta.url).pathname)});
      ${warm ? 'core.warmUp(core.DEFAULT_OPTIONS);' : ''}
      const start = performance.now();
      void core.analyzeNote(${JSON.stringify(NOTE_200)}, core.DEFAULT_OPTIONS).touch;
      // Measured before touching process.stdout, whose first use sets up the stream (milliseconds).
      const elapsed = performance.now() - start;
      process.stdout.write(String(elapsed));`]),
  );
const medianOf = (runs) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
row('first note after start, with the warm-up after initialize (median of 5 processes)', fmt(medianOf([1, 2, 3, 4, 5].map(() => firstNote(true)))), '< 5 ms');
row('first note after start, no warm-up (median of 5 processes)', fmt(medianOf([1, 2, 3, 4, 5].map(() => firstNote(false)))));

// Linear time whatever the text: time per character of one note, counted in graphemes, from 1 KB to 1 MB.
const graphemeOptions = core.resolveOptions({ countUnit: 'graphemes' }).options;
core.warmUp(graphemeOptions);
const HOSTILE = { 'zero-width spaces': '\u200b', 'emoji with modifiers': '👍🏽', 'ZWJ families': '👨‍👩‍👧', 'combining marks': 'e\u0301', 'Hangul jamo': '\u1100\u1161\u11a8', 'regional indicators': '🇫🇷', 'plain prose': 'we met at the denver meetup. ' };
for (const [name, unit] of Object.entries(HOSTILE)) {
  const perChar = [1e3, 1e4, 1e5, 1e6].map((size) => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    return (timeIt(() => void core.analyzeNote(text, graphemeOptions).touch, size > 1e5 ? 1 : 3) * 1e6) / size;
  });
  row(`one note of ${name}, graphemes: ns per character at 1 KB / 10 KB / 100 KB / 1 MB`, perChar.map((ns) => ns.toFixed(0)).join(' / '), 'flat');
}

// The CLI over 10,000 files in 100 directories, against a floor that reads the same files and
// looks for 20 phrases in each, both in a fresh process.
const cliDir = mkdtempSync(join(tmpdir(), 'invite-lint-bench-cli-'));
const cliNotes = big.split('\n---\n');
for (let i = 0; i < 10_000; i++) {
  const dir = join(cliDir, `d${i % 100}`);
  if (i < 100) mkdirSync(dir);
  writeFileSync(join(dir, `n${i}.invite`), `${cliNotes[i % cliNotes.length]}\n`);
}
const timeProcess = (args) => {
  const start = performance.now();
  spawnSync(process.execPath, args, { cwd: cliDir, stdio: 'ignore' });
  return performance.now() - start;
};
const cliMs = timeProcess([new URL('../dist/cli.js', import.meta.url).pathname, '--format', 'json', '.']);
const cliFloorMs = timeProcess(['-e', `
  const fs = require('fs'), path = require('path');
  const phrases = ${JSON.stringify(FLOOR_PHRASES)};
  let total = 0;
  for (const dir of fs.readdirSync('.')) for (const name of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8').toLowerCase();
    for (const phrase of phrases) if (text.includes(phrase)) total++;
  }
  process.stdout.write(JSON.stringify({ total }));`]);
row('CLI, 10,000 files in 100 directories, JSON out', fmt(cliMs), `floor ${fmt(cliFloorMs)}, CLI/floor = ${(cliMs / cliFloorMs).toFixed(1)}x (target 3x)`);
rmSync(cliDir, { recursive: true, force: true });

// A campaign: one template expanded and checked for each of 100,000 recipients, against a floor
// that fills in the same variables with string replacement.
const recipientRows = ['First Name,Company,Met'];
for (let i = 0; i < 100_000; i++) recipientRows.push(`Person${i},Company ${i % 500},${i % 3 ? `the Austin UX meetup in ${['March', 'May', 'June'][i % 3]}` : ''}`);
const recipientCsv = recipientRows.join('\n');
const TEMPLATE = '# recipients: people.csv\nHi {{first_name}}, good to meet you at {{met|the meetup}}. I would love to keep swapping notes on onboarding research with you and the {{company}} team.';
const campaignStart = performance.now();
const campaign = core.analyzeTemplate(TEMPLATE, core.DEFAULT_OPTIONS, { text: recipientCsv });
const campaignMs = performance.now() - campaignStart;
const fillMs = timeIt(() => {
  for (const line of recipientRows.slice(1)) {
    const [first, company, met] = line.split(',');
    void TEMPLATE.replace('{{first_name}}', first).replace('{{met|the meetup}}', met || 'the meetup').replace('{{company}}', company).length;
  }
}, 3);
row(`campaign: 100,000 recipients expanded and checked (${campaign.campaign.couldGoToAnyone} could go to anyone)`, fmt(campaignMs), `fill-in floor ${fmt(fillMs)}; target ~2 s`);

// Cold start: spawn to initialize result.
const coldStarts = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const client = await startClient();
  coldStarts.push(performance.now() - start);
  await client.stop();
}
row('cold start to initialize result (p50 of 5)', fmt(stats(coldStarts).p50), '< 200 ms');

// What a writer waits for on opening a note as the editor starts: the client opens it right after
// `initialized`, while the server's warm-up is still running (it yields after each note).
const firstOpens = [];
for (let i = 0; i < 5; i++) {
  const fresh = await startClient();
  const start = performance.now();
  await fresh.open(uniqueUri('first'), NOTE_200);
  firstOpens.push(performance.now() - start);
  await fresh.stop();
}
row('fresh server: first didOpen right after initialized -> publishDiagnostics (p50 of 5)', fmt(stats(firstOpens).p50));

const client = await startClient();
const small = uniqueUri('small');
await client.open(small, NOTE_200);
const smallTimes = [];
for (let i = 0; i < 1000; i++) {
  const text = i % 2 ? NOTE_200 : NOTE_200.replace('March', 'April');
  const start = performance.now();
  await client.change(small, text);
  smallTimes.push(performance.now() - start);
}
const s = stats(smallTimes);
row('200-char note: didChange -> publishDiagnostics p50', fmt(s.p50), '< 2 ms');
row('200-char note: didChange -> publishDiagnostics p99', fmt(s.p99));

const bigUri = uniqueUri('big');
let start = performance.now();
const bigDiagnostics = await client.open(bigUri, big);
row(`10,000-note file: didOpen -> publishDiagnostics (full analysis)`, fmt(performance.now() - start), '< 150 ms');
const lines = big.split('\n');
const bigTimes = [];
for (let i = 0; i < 200; i++) {
  // Edit one word in a note body somewhere in the file, as typing does.
  const line = 2 + 5 * ((i * 7919) % 9000);
  const lineText = lines[line] ?? '';
  const character = Math.min(lineText.length, 10);
  const t = performance.now();
  await client.change(bigUri, [{ range: { start: { line, character }, end: { line, character } }, text: i % 2 ? 'x' : 'y' }]);
  bigTimes.push(performance.now() - t);
}
const b = stats(bigTimes);
row('10,000-note file: one edit -> publishDiagnostics p50', fmt(b.p50), '< 10 ms');
row('10,000-note file: one edit -> publishDiagnostics p99', fmt(b.p99));
row('diagnostics in the 10,000-note file', String(bigDiagnostics.length));

const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
row('server peak RSS', hwm ? `${(Number(hwm[1]) / 1024).toFixed(0)} MB` : 'n/a', '< 80 MB');
await client.stop();

// The live heap over 20,000 edits, after a forced GC: bounded caches fill, then it stays flat.
const heap = JSON.parse(execFileSync(process.execPath, ['--expose-gc', new URL('./heap.mjs', import.meta.url).pathname], { encoding: 'utf8' }));
row('server live heap after GC, at 0 / 5k / 10k / 15k / 20k edits to a 20 KB document', heap.samples.map((sample) => sample.mb.toFixed(1)).join(' / ') + ' MB', 'flat once the caches of recent notes are full');

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
console.log(`Invite Lint benchmark (node ${process.version}, ${(await import('node:os')).cpus().length} CPUs)\n`);
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2]}`);
