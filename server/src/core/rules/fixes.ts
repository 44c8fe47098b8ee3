import { headerValue } from '../document';
import { PATTERNS, toPlainText } from '../patterns';
import type { BodyFix, RuleContext } from '../rule';
import { removalSpan, type Span } from '../text';

export function removeFix(body: string, span: Span, title: string, safe: boolean): BodyFix {
  const removed = removalSpan(body, span);
  return { title, edits: [{ ...removed, newText: '' }], safe };
}

/** The four patterns as plain text, with slots filled from the note's headers where it has them. */
export function filledPatterns(context: RuleContext): { label: string; text: string }[] {
  const values = (slot: string) => headerValue(context.note, slot === 'work' ? 'read' : slot);
  return PATTERNS.map((pattern) => ({ label: pattern.label, text: toPlainText(pattern.template, values) }));
}

export function replaceWithPatternFixes(context: RuleContext, span: Span): BodyFix[] {
  return filledPatterns(context).map(({ label, text }) => ({
    title: `Replace with the "${label}" pattern`,
    edits: [{ ...span, newText: text }],
    safe: false,
  }));
}

export function firstWordCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
