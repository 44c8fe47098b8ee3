// The benchmark: `npm run bench` (after `npm run build`). Prints latency of the bundled server
// over stdio and the engine alone against a floor measured in the same run. Not a test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startClient, uniqueUri } from '../test/helpers/lsp-client.mjs';

const core = createRequire(import.meta.url)('../out/core.js');

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Ana Ruiz', 'Sam Lee', 'Jane Roe', 'Priya Shah', 'Tom Berg', 'Lena Vogel', 'Kofi Mensah', 'Mei Chen'];
// Most notes in a working file are fine; about one in five has a problem.
const GOOD_OPENERS = [
  'We met at the Austin UX meetup in March and talked about design systems.',
  "I'm a friend of {mutual}'s and work in product in Denver.",
  'I enjoyed your talk on accessible forms at CSUN.',
  "I've been reading your newsletter on data engineering for a year.",
  'We share several first-degree connections in fintech.',
];
const BAD_OPENERS = [
  "I'd like to add you to my professional network on LinkedIn.",
  'Dear Sir or Madam,',
  'Hi [Name], I came across your profile.',
  'PLEASE ACCEPT MY INVITATION.',
];
const SECOND = [
  'I would be glad to compare notes on onboarding flows.',
  'Would you like to connect?',
  'Happy to share what we learned migrating to Postgres.',
  'Not a good time? Please archive this rather than decline, so I can ask again later.',
];
const BAD_SECOND = ['Let me know if you have 15 minutes for a quick call this week.', 'Best, Tom'];

export function generate(notes = 10_000, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const parts = [];
  for (let i = 0; i < notes; i++) {
    const to = pick(NAMES);
    const mutual = pick(NAMES);
    const bad = random() < 0.2;
    const opener = bad && random() < 0.7 ? pick(BAD_OPENERS) : pick(GOOD_OPENERS);
    const lines = [`# to: ${to}`, `# mutual: ${mutual}`, opener.replace('{mutual}', mutual), bad && random() < 0.5 ? pick(BAD_SECOND) : pick(SECOND)];
    parts.push(lines.join('\n'));
  }
  return `${parts.join('\n---\n')}\n`;
}

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

// Cold start: spawn to initialize result.
const coldStarts = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const client = await startClient();
  coldStarts.push(performance.now() - start);
  await client.stop();
}
row('cold start to initialize result (p50 of 5)', fmt(stats(coldStarts).p50), '< 200 ms');

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

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
console.log(`Invite Lint benchmark (node ${process.version}, ${(await import('node:os')).cpus().length} CPUs)\n`);
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2]}`);
