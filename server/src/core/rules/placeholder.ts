import { headerValue } from '../document';
import { PLACEHOLDER_HEADERS } from '../phrases';
import type { BodyFix, Rule, RuleContext } from '../rule';
import { firstNameOf } from './fixes';
import { literalMatcher, nonOverlapping, type Span } from '../text';

function fillFixes(context: RuleContext, span: Span, placeholder: string): BodyFix[] {
  const fixes: BodyFix[] = [];
  for (const [pattern, keys] of PLACEHOLDER_HEADERS) {
    if (!pattern.test(placeholder)) continue;
    for (const key of keys) {
      const header = headerValue(context.note, key);
      const value = header && key === 'to' && /first/i.test(placeholder) ? firstNameOf(header) : header;
      if (value && !fixes.some((fix) => fix.edits[0].newText === value)) {
        fixes.push({ title: `Fill in "${value}" from the # ${key}: header`, edits: [{ ...span, newText: value }], safe: false });
      }
    }
    if (fixes.length > 0) break;
  }
  // `[company]` with a `# company:` header, whatever the header is called.
  const namesake = placeholder.replace(/[^\p{L}\p{N}_-]/gu, '').toLowerCase();
  const value = fixes.length === 0 && namesake ? headerValue(context.note, namesake) : undefined;
  if (value) fixes.push({ title: `Fill in "${value}" from the # ${namesake}: header`, edits: [{ ...span, newText: value }], safe: false });
  if (fixes.length > 0) fixes[0].preferred = true;
  return fixes;
}

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'Template text that was never filled in.',
  defaultSeverity: 'error',
  explanation:
    "A note that still says so-and-so or {first_name} tells the recipient it came from a template nobody read over, which is worse than no note at all. Put in the real name, group or place; a `# mutual:`, `# to:` or `# group:` header lets the quick fix do it.",
  examples: {
    bad: [
      "# mutual: Jane Roe\nI'm a friend of «so-and-so»'s and work in product in Denver.",
      'Hi «{first_name}», we met at the Denver product meetup.',
      '# to: Priya Natarajan\nHi «{first_name}», we met at the Denver product meetup.',
      'We both belong to the «such-and-such» group.',
      'Hi «[Name]», I enjoyed your talk at «<conference>».',
      'We met at «TODO» and talked about onboarding.',
    ],
    good: [
      "# mutual: Jane Roe\nI'm a friend of Jane Roe's and work in product in Denver.",
      'Hi Priya, we met at the Denver product meetup and talked about onboarding <3',
      'I enjoyed your post on todo apps and offline sync.',
    ],
  },
  check(context) {
    // The judgment finds the template text once (PLACEHOLDERS and PLACEHOLDER_SYNTAX in phrases.ts), as it never counts it as personal.
    const extra = literalMatcher(context.options.extraPlaceholders);
    const spans = extra ? context.judgment.templates.concat(extra(context.body)) : context.judgment.templates;
    if (spans.length === 0) return [];
    return nonOverlapping(spans).map(({ start, end }) => {
      const text = context.body.slice(start, end);
      return { start, end, message: `Unfilled placeholder "${text}".`, fixes: () => fillFixes(context, { start, end }, text) };
    });
  },
};
