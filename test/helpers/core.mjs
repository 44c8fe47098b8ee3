// The engine, as bundled by `npm run build` (out/core.js).
import { createRequire } from 'node:module';

export const core = createRequire(import.meta.url)('../../out/core.js');

/** Splits an example with «marked» ranges into its text and the marked [start, end) offsets. */
export function parseMarked(example) {
  const ranges = [];
  let text = '';
  let open;
  for (const char of example) {
    if (char === '«') open = text.length;
    else if (char === '»') ranges.push([open, text.length]);
    else text += char;
  }
  return { text, ranges };
}

export function findingsOf(text, ruleId, options = core.DEFAULT_OPTIONS) {
  return core.analyzeDocument(text, options).findings.filter((f) => !ruleId || f.ruleId === ruleId);
}

export const loud = (findings) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

export function withOptions(settings) {
  const { options, problems } = core.resolveOptions(settings);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return options;
}
