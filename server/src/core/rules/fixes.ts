import { headerValue } from '../document';
import { headerOfSlot, PATTERNS, slotValuesOf, toPlainText, toSnippet } from '../patterns';
import type { BodyFix, RuleContext } from '../rule';
import { removalSpan, type Span } from '../text';

export function removeFix(body: string, span: Span, title: string, safe: boolean, removal = removalSpan): BodyFix {
  return { title, edits: [{ ...removal(body, span), newText: '' }], safe };
}

const SLOT_HEADERS = [...new Set(PATTERNS.flatMap((pattern) => [...pattern.template.matchAll(/\{(\w+)/g)].map((m) => headerOfSlot(m[1]))))];
const filledByHeaders = new Map<string, { label: string; text: string; snippet: string }[]>();

/** The four patterns as plain text and as snippets, with slots filled from the note's headers where it has them. */
function filledPatterns(context: RuleContext): { label: string; text: string; snippet: string }[] {
  const key = SLOT_HEADERS.map((slot) => headerValue(context.note, slot) ?? '').join('\n');
  let filled = filledByHeaders.get(key);
  if (!filled) {
    const values = slotValuesOf(context.note);
    filled = PATTERNS.map((pattern) => ({ label: pattern.label, text: toPlainText(pattern.template, values), snippet: toSnippet(pattern.template, values) }));
    if (filledByHeaders.size > 1000) filledByHeaders.clear();
    filledByHeaders.set(key, filled);
  }
  return filled;
}

/** The four patterns in place of `span` (followed by `after`): rewrites, as the slots are left to fill. */
export function replaceWithPatternFixes(context: RuleContext, span: Span, after = ''): BodyFix[] {
  return filledPatterns(context).map(({ label, text, snippet }) => ({
    title: `Rewrite with the "${label}" pattern`,
    edits: [{ ...span, newText: text + after, snippet: snippet + after }],
    safe: false,
    rewrite: true,
  }));
}

const TITLES = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;

/** How to greet someone by the name in a `# to:` header: the first name, or title and surname. */
export function firstNameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return TITLES.test(words[0]) ? words.join(' ') : words[0];
}

export function firstWordCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
