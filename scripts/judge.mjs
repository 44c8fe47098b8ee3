// `npm run judge`: how the engine judges the labelled corpus in test/corpus/: precision and
// recall per rule, then every mistake with its text. Exits 1 when there is one.
import { judgeCorpus, sameSet, scores } from '../test/helpers/corpus.mjs';

const all = judgeCorpus();
const ambiguous = (n) => n.file.startsWith('ambiguous');
const notes = all.filter((n) => !ambiguous(n));
const percent = (x) => `${(100 * x).toFixed(1)}%`;
const careful = notes.filter((n) => n.careful);
const lazy = notes.filter((n) => !n.careful);
console.log(`${notes.length} labelled notes: ${careful.length} careful, ${lazy.length} lazy; and ${all.length - notes.length} border cases\n`);
console.log('rule                 expected  found  precision  recall');
for (const s of scores(notes)) {
  if (s.tp + s.fp + s.fn === 0) continue;
  console.log(`${s.id.padEnd(20)} ${String(s.tp + s.fn).padStart(8)} ${String(s.tp + s.fp).padStart(6)} ${percent(s.precision).padStart(10)} ${percent(s.recall).padStart(7)}`);
}
const mistakes = notes.filter((n) => !sameSet(n.expected, n.found));
const disagreements = all.filter((n) => ambiguous(n) && !sameSet(n.expected, n.found));
const falseAlarms = careful.filter((n) => n.found.size > 0).length;
const passed = lazy.filter((n) => n.found.size === 0).length;
console.log(`\ncareful notes warned: ${falseAlarms} of ${careful.length}; lazy notes with no warning: ${passed} of ${lazy.length}; mistakes: ${mistakes.length}`);
console.log(`border cases judged otherwise than their reading: ${disagreements.length} of ${all.length - notes.length} (listed last, not mistakes)`);
const list = (set) => [...set].sort().join(', ') || 'none';
for (const note of [...mistakes, ...disagreements]) {
  const why = note.why ? `\n  (my reading: ${note.why})` : '';
  console.log(`\n${note.file}: expected ${list(note.expected)}, got ${list(note.found)}\n  ${note.body.replace(/\n/g, '\n  ')}${why}`);
}
process.exitCode = mistakes.length ? 1 : 0;
