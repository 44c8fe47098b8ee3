import { headerValue } from '../document';
import { FORM_GREETINGS } from '../phrases';
import type { BodyFix, Rule, RuleContext, RuleFinding } from '../rule';
import { phraseRegex, type Span } from '../text';
import { firstNameOf, removeFix } from './fixes';

/** Tried only where a line starts (after any quote or space), so it is sticky. */
const GREETING = phraseRegex(FORM_GREETINGS.map((greeting) => `${greeting}[ \\t]*[,:;!.-]?`), 'iy');
const OPENING_PUNCTUATION = /[ \t"'“]/;
/** An honorific with no punctuation after it can run on into a name. */
const BEFORE_A_NAME = /\b(?:sir|madam|madame|ma['’‘ʼ]?am|mam|miss)[ \t]*$/i;
const NAME_NEXT = /^[ \t]*\p{Lu}\p{Ll}/u;

/** Where each line's text starts, after spaces and opening quotes. */
function lineOpenings(body: string): number[] {
  const openings: number[] = [];
  let start = 0;
  for (;;) {
    let at = start;
    while (at < body.length && OPENING_PUNCTUATION.test(body[at])) at++;
    openings.push(at);
    const next = body.indexOf('\n', start);
    if (next === -1) return openings;
    start = next + 1;
  }
}

function fixes(context: RuleContext, span: Span): BodyFix[] {
  const to = headerValue(context.note, 'to');
  const replace: BodyFix[] = to
    ? [{ title: `Greet ${firstNameOf(to)} by name`, edits: [{ ...span, newText: `Hi ${firstNameOf(to)},` }], safe: false, preferred: true }]
    : [];
  return [...replace, removeFix(context.body, span, 'Remove the greeting', false)];
}

/** The greeting at `start`, with any that repeat it ("Dear Hiring Manager, Dear Hiring Manager,"). */
function greetingsAt(body: string, start: number): Span | undefined {
  let end = start;
  for (let at = start; ; ) {
    GREETING.lastIndex = at;
    const greeting = GREETING.exec(body);
    // "Hi Ma'am Joy!", "Hello Sir Ramon": an honorific before a name greets a person.
    if (!greeting || BEFORE_A_NAME.test(greeting[0]) && NAME_NEXT.test(body.slice(greeting.index + greeting[0].length))) break;
    end = greeting.index + greeting[0].trimEnd().length;
    at = greeting.index + greeting[0].length;
    while (at < body.length && (body[at] === ' ' || body[at] === '\t')) at++;
  }
  return end > start ? { start, end } : undefined;
}

export const formGreeting: Rule = {
  id: 'form-greeting',
  description: 'A form-letter opener such as "Dear Sir or Madam".',
  defaultSeverity: 'warning',
  explanation:
    'An opener written for anyone tells the reader you do not know who they are, and it spends characters you need for the sentence that matters. Use their first name, or start straight with how you know them.',
  examples: {
    bad: [
      '«Dear Sir or Madam,» we met at the Denver product meetup.',
      '«To whom it may concern:»\nI enjoyed your talk on onboarding.',
      '«Networking Friend,»\nI enjoyed your talk on onboarding.',
      '# to: Priya Natarajan\n«Dear connection,» I enjoyed your talk on onboarding.',
      '«Dear Esteemed Colleague,» your post on cutting CI time with build caches saved my team hours.',
      '«Respected Madam,» I enjoyed your talk on onboarding at the Denver meetup.',
      '«Hello dear professional,» we met at the Denver product meetup.',
      '«Dear Hiring Manager, Dear Hiring Manager,» we met at the Denver product meetup.',
    ],
    good: [
      'Dear Priya, I enjoyed your talk on onboarding at the Denver product meetup.',
      'Hi Sam, we met at the Denver product meetup and talked about pricing.',
      'As a friend of Jane Roe, I was told you are the person to ask about pricing.',
      "Hi Ma'am Lourdes! You taught my batch how to chart in 2016, and I still do it your way.",
    ],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const opening of lineOpenings(context.body)) {
      const span = greetingsAt(context.body, opening);
      if (!span) continue;
      findings.push({ ...span, message: `"${context.body.slice(span.start, span.end)}" is a form-letter opener.`, fixes: () => fixes(context, span) });
    }
    return findings;
  },
};
