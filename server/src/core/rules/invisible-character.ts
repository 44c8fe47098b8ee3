import { INVISIBLE_CHARACTERS } from '../phrases';
import type { Rule, RuleFinding } from '../rule';

const INVISIBLE = new RegExp(`[${Object.keys(INVISIBLE_CHARACTERS).join('')}]+`, 'g');
/** Tag characters are invisible everywhere but in the flag sequences that start with 🏴. */
const TAGS = /(?<!\u{1F3F4}[\u{E0020}-\u{E007F}]*)[\u{E0000}-\u{E007F}]+/gu;
const TAG_HIGH_SURROGATE = '\udb40';
/** Joiners are meaningful between emoji (family, flags) and between letters of joining scripts. */
const JOINER_CONTEXT = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Syriac}\p{Script=Malayalam}\p{Script=Kannada}\p{Script=Telugu}\p{Script=Tamil}\p{Script=Sinhala}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Oriya}]/u;

function codePointName(char: string): string {
  const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${INVISIBLE_CHARACTERS[char] ?? 'TAG CHARACTER'}`;
}

function isMeaningfulJoiner(body: string, start: number, end: number): boolean {
  const run = body.slice(start, end);
  if (!/^[\u200c\u200d]+$/.test(run)) return false;
  const before = body.codePointAt(/[\udc00-\udfff]/.test(body[start - 1] ?? '') ? start - 2 : start - 1);
  const after = body.codePointAt(end);
  if (before === undefined || after === undefined) return false;
  return JOINER_CONTEXT.test(String.fromCodePoint(before)) && JOINER_CONTEXT.test(String.fromCodePoint(after));
}

export const invisibleCharacter: Rule = {
  id: 'invisible-character',
  description: 'Zero-width and other invisible characters that silently spend the budget.',
  defaultSeverity: 'warning',
  explanation:
    'Text pasted from documents, chat apps or AI tools often carries characters you cannot see: zero-width spaces, direction marks, soft hyphens. Each one counts against the limit, and some show up as boxes on the other end. Remove them.',
  examples: {
    bad: [
      'We met at the Denver\u00a0product meetup and talked about«\u200b»onboarding.',
      'I enjoyed your talk on «\u200e\u200f»onboarding flows.',
      'We met at the Denver product meetup and talked about«\u{E0020}»onboarding.',
    ],
    good: [
      'We met at the family meetup 👨‍👩‍👧 and talked about onboarding.',
      'We met at the Edinburgh meetup 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} and talked about onboarding.',
      'We met at the Tehran design week; your talk on می‌خواهم typography was great.',
    ],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const runs = [...context.body.matchAll(INVISIBLE), ...(context.body.includes(TAG_HIGH_SURROGATE) ? context.body.matchAll(TAGS) : [])];
    for (const match of runs.sort((a, b) => a.index! - b.index!)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (isMeaningfulJoiner(context.body, start, end)) continue;
      const characters = [...new Set(match[0])];
      const several = [...match[0]].length > 1;
      findings.push({
        start,
        end,
        message: `Invisible character${several ? 's' : ''} ${characters.map(codePointName).join(', ')} spend${several ? '' : 's'} ${context.count(match[0])} of your characters.`,
        fixes: () => [{ title: several ? 'Remove these invisible characters' : 'Remove the invisible character', edits: [{ start, end, newText: '' }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
