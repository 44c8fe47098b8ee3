// The labelled corpus in test/corpus/: careful notes expect no warning or error; lazy and
// ambiguous notes name the rules they must get in a `# expect:` header.
import { readdirSync, readFileSync } from 'node:fs';
import { core, loud } from './core.mjs';

const CORPUS = new URL('../corpus/', import.meta.url);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) return files(url);
    return entry.name.endsWith('.invite') ? [url] : [];
  });
}

const parseExpect = (value) => new Set(value.split(/[\s,]+/).filter((id) => id && id !== 'none'));

/** Every note of the corpus with what it expects and what it got. */
export function judgeCorpus(options = core.DEFAULT_OPTIONS) {
  const notes = [];
  for (const url of files(CORPUS)) {
    const file = url.pathname.slice(CORPUS.pathname.length);
    const careful = file.startsWith('careful/');
    for (const { analysis } of core.analyzeDocument(readFileSync(url, 'utf8'), options).notes) {
      if (!/\S/.test(analysis.note.body)) continue;
      const expectHeader = core.headerValue(analysis.note, 'expect');
      if (expectHeader === undefined && !careful) throw new Error(`${file}: a note without # expect: ${analysis.note.body.slice(0, 60)}`);
      const expected = careful && expectHeader === undefined ? new Set() : parseExpect(expectHeader);
      const found = new Set(loud(analysis.findings).map((f) => f.ruleId));
      notes.push({ file, careful, body: analysis.note.body, expected, found, touch: analysis.touch, why: core.headerValue(analysis.note, 'why') });
    }
  }
  return notes;
}

export const sameSet = (a, b) => a.size === b.size && [...a].every((id) => b.has(id));

/** Precision and recall per rule over the corpus. */
export function scores(notes) {
  return core.RULES.map(({ id }) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { expected, found } of notes) {
      if (expected.has(id) && found.has(id)) tp++;
      else if (found.has(id)) fp++;
      else if (expected.has(id)) fn++;
    }
    return { id, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  });
}
