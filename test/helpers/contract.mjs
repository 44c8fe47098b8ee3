// The quick-fix promise, checked from outside the engine: applied and re-analysed, a quickfix
// removes its problem, adds no error and never pushes its note past its limit.
import { core } from './core.mjs';

const key = (text, finding) => `${finding.ruleId}\u0000${text.slice(finding.start, finding.end)}`;
const count = (text, findings, keep) => findings.filter(keep).map((f) => key(text, f));
const times = (list, item) => list.filter((x) => x === item).length;

/** Every broken promise among the quick fixes of one note, as readable lines (empty when all hold). */
export function brokenPromises(text, options = core.DEFAULT_OPTIONS) {
  const before = core.analyzeNote(text, options);
  const broken = [];
  for (const finding of before.findings) {
    for (const fix of finding.fixes) {
      if (fix.kind !== 'quickfix') continue;
      const fixed = core.applyEdits(text, fix.edits);
      const after = core.analyzeNote(fixed, options);
      const target = key(text, finding);
      const what = `"${fix.title}" on ${finding.ruleId} in ${JSON.stringify(text)}`;
      if (times(count(fixed, after.findings, (f) => f.ruleId === finding.ruleId), target) >= times(count(text, before.findings, (f) => f.ruleId === finding.ruleId), target)) {
        broken.push(`${what} leaves its problem`);
      }
      const errorsBefore = count(text, before.findings, (f) => f.severity === 'error');
      for (const error of new Set(count(fixed, after.findings, (f) => f.severity === 'error'))) {
        if (times(count(fixed, after.findings, (f) => f.severity === 'error'), error) > times(errorsBefore, error)) broken.push(`${what} adds the error ${error.replace('\u0000', ': ')}`);
      }
      if (after.count > Math.max(before.count, before.limit)) broken.push(`${what} pushes the note to ${after.count}/${before.limit}`);
    }
  }
  return broken;
}
