import { SIGN_OFF_WORDS } from '../phrases';
import type { Rule, RuleFinding } from '../rule';
import { removeFix } from './fixes';

const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const DASH = '(?:--?|[–—~])';
/** `- Name` on its own last line, or after the last sentence on the same line. */
const DASH_SIGN_OFF = new RegExp(`(?:^|(?<=[.!?)]))[ \\t]*${DASH}[ \\t]*${NAME}[ \\t]*$`, 'u');
const MAX_SIGN_OFF_LINE = 60;
const CLOSINGS = SIGN_OFF_WORDS.split('|').map((words) => `[${words[0].toUpperCase()}${words[0]}]${words.slice(1)}`).join('|');
/** `Best,` then `Name` on the last line, or `Thanks, Name` alone on it. */
const WORD_SIGN_OFF = new RegExp(`(?:^|\\n)[ \\t]*(?:${CLOSINGS})[ \\t]*[,!.]?[ \\t]*(?:\\n[ \\t]*|[ \\t]+)(?:${DASH}[ \\t]*)?${NAME}[ \\t]*$`, 'u');
/** `... going well. Best, Tom` after the last sentence: "thanks" is left out there, as "Great talk. Thanks, Sam" may thank the reader. */
const SAME_LINE_CLOSINGS = CLOSINGS.split('|').filter((closing) => !/^\[Tt\]hank/.test(closing)).join('|');
const SENTENCE_SIGN_OFF = new RegExp(`(?<=[.!?])[ \\t]+(?:${SAME_LINE_CLOSINGS})[ \\t]*,[ \\t]*${NAME}[ \\t]*$`, 'u');

/** The sign-off at the end of a body, if it has one. */
export function findSignOff(body: string): { start: number; end: number } | undefined {
  const lastLineStart = body.lastIndexOf('\n') + 1;
  const lastLine = body.slice(lastLineStart);
  const dash = /[-–—~]/.test(lastLine) ? DASH_SIGN_OFF.exec(lastLine) : null;
  if (dash) return { start: lastLineStart + dash.index, end: body.length };
  const afterSentence = SENTENCE_SIGN_OFF.exec(lastLine);
  if (afterSentence) return { start: lastLineStart + afterSentence.index, end: body.length };
  // A sign-off with a closing word takes at most the last two lines, and its name line is short.
  if (lastLine.length > MAX_SIGN_OFF_LINE) return undefined;
  const lastTwoLinesStart = body.lastIndexOf('\n', lastLineStart - 2) + 1;
  const word = WORD_SIGN_OFF.exec(body.slice(lastTwoLinesStart));
  if (!word) return undefined;
  return { start: lastTwoLinesStart + word.index + (word[0].startsWith('\n') ? 1 : 0), end: body.length };
}

export const signature: Rule = {
  id: 'signature',
  description: 'A sign-off with your name at the end of the note.',
  defaultSeverity: 'information',
  explanation:
    'LinkedIn already shows your name and photo beside the note, so a sign-off spends characters on something the reader can see. Use them to say why you are writing.',
  examples: {
    bad: [
      'We met at the Denver product meetup and talked about onboarding.\n«- Sam Lee»',
      'We met at the Denver product meetup and talked about onboarding.« — Sam»',
      'We met at the Denver product meetup and talked about onboarding.\n«Best,\nSam»',
      'We met at the Denver product meetup and talked about onboarding.« Best, Sam»',
    ],
    good: [
      'We met at the Denver product meetup and talked about onboarding - Jane Roe introduced us.',
      'We met at the Denver product meetup - thanks again for the tip on pricing.',
      'Your talk at the Denver product meetup was great. Thanks, Sam',
    ],
  },
  check(context) {
    const span = findSignOff(context.body);
    if (!span) return [];
    const finding: RuleFinding = {
      ...span,
      message: 'LinkedIn shows your name with the note; the sign-off only spends characters.',
      fixes: () => [{ ...removeFix(context.body, span, 'Remove the sign-off', true), preferred: true }],
    };
    return [finding];
  },
};
