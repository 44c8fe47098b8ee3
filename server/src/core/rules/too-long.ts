import { overflowStart } from '../count';
import { SHORTER_WORDINGS } from '../phrases';
import { findHeader, parseLimit } from '../document';
import type { BodyFix, Rule, RuleContext, RuleFinding } from '../rule';
import { matches, phraseRegex } from '../text';
import { firstWordCase } from './fixes';

const WORDINGS = SHORTER_WORDINGS.map(([long, short]) => ({ long, short, regex: phraseRegex([long]) }));

function shorterWordingFixes(context: RuleContext): BodyFix[] {
  const fixes: { fix: BodyFix; saved: number }[] = [];
  for (const { long, short, regex } of WORDINGS) {
    const edits = matches(regex, context.body).map(({ start, end, text }) => ({ start, end, newText: firstWordCase(text, short) }));
    const saved = edits.reduce((sum, edit) => sum + context.count(context.body.slice(edit.start, edit.end)) - context.count(edit.newText), 0);
    if (saved > 0) fixes.push({ fix: { title: `Shorten "${long}" to "${short}" (saves ${saved})`, edits, safe: true }, saved });
  }
  return fixes.sort((a, b) => b.saved - a.saved).map(({ fix }) => fix);
}

export const tooLong: Rule = {
  id: 'too-long',
  description: 'The note is longer than its character limit.',
  defaultSeverity: 'error',
  explanation:
    "LinkedIn refuses a note past its limit (200 characters on most accounts, 300 on some paid ones), and a note cut to fit usually loses the personal part. Keep the one sentence that says why this person, and drop greetings, sign-offs and filler.",
  examples: {
    bad: [
      "We met at the Denver product meetup last week and talked about onboarding flows for hours. I would love to keep that conversation going here, and I would like to hear how your team runs its research i«nterviews.»",
      "# limit: 60\nWe met at the PyCon sprints in May and fixed that parser bug«.»",
      '# limit: «300 chars»\nWe met at the PyCon sprints in May and fixed that parser bug.',
      "We met at the Denver product meetup last week and talked about onboarding flows for hours; I would love to keep going and hear how your team runs research with customers who are brand new to the app «🙂»",
    ],
    good: [
      'We met at the Denver product meetup and talked about onboarding. Would you like to connect?',
      "# limit: 300\nWe met at the Denver product meetup last week and talked about onboarding flows for hours. I'd love to keep that conversation going here and hear how your team runs its research, since we are about to start our own.",
    ],
  },
  check(context) {
    const limitHeader = findHeader(context.note, 'limit');
    const badLimit: RuleFinding[] =
      limitHeader && parseLimit(limitHeader.value) === undefined
        ? [{ start: limitHeader.valueStart, end: limitHeader.valueEnd, inNote: true, message: `"# limit: ${limitHeader.value}" is not a positive whole number; the limit is ${context.limit}.` }]
        : [];
    const start = overflowStart(context.body, context.limit, context.options.countUnit);
    if (start === undefined) return badLimit;
    const total = context.count(context.body);
    const over = total - context.limit;
    return [
      ...badLimit,
      {
        start,
        end: context.body.length,
        message: `Note is ${total} characters, ${over} over the limit of ${context.limit}.`,
        fixes: () => shorterWordingFixes(context),
      },
    ];
  },
};
