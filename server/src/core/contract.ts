/**
 * The promise of a quick fix: applied, it removes the problem it is attached to, adds no error and
 * never pushes its note past its limit. Each fix is checked by applying it and analysing the note
 * again; one that breaks the promise is offered as a rewrite instead, and is never safe.
 */
import type { Finding, Fix } from './types';

export interface Verdict {
  /** Findings of the note as analysed now; offsets relative to the note. */
  findings: readonly Finding[];
  count: number;
  limit: number;
}

/** Notes longer than this are far past any limit; their fixes keep the kind their rule gave them. */
export const CHECKED_NOTE_CHARS = 4_000;

const key = (text: string, finding: Finding) => `${finding.ruleId}\u0000${text.slice(finding.start, finding.end)}`;

function tally(text: string, findings: readonly Finding[], keep: (finding: Finding) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (keep(finding)) counts.set(key(text, finding), (counts.get(key(text, finding)) ?? 0) + 1);
  return counts;
}

const isError = (finding: Finding) => finding.severity === 'error';

/** Whether `fix`, applied to `text`, keeps the promise for `finding`. */
export function keepsPromise(text: string, before: Verdict, finding: Finding, fixedText: string, after: Verdict): boolean {
  const target = key(text, finding);
  const sameBefore = tally(text, before.findings, (f) => f.ruleId === finding.ruleId).get(target) ?? 0;
  const sameAfter = tally(fixedText, after.findings, (f) => f.ruleId === finding.ruleId).get(target) ?? 0;
  if (sameAfter >= sameBefore) return false;
  const errorsBefore = tally(text, before.findings, isError);
  for (const [error, times] of tally(fixedText, after.findings, isError)) if (times > (errorsBefore.get(error) ?? 0)) return false;
  return after.count <= Math.max(before.count, before.limit);
}

/** A fix that breaks the promise becomes a rewrite: never safe, never preferred. */
export function asRewrite(fix: Fix): Fix {
  return { title: fix.title, edits: fix.edits, kind: 'rewrite', safe: false };
}
