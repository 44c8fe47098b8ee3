import type { Rule, RuleContext, RuleFinding } from '../rule';
import { clauseAround, clauseRemovalSpan, literalMatcher, nonOverlapping, type Span } from '../text';
import { removeFix, replaceWithPatternFixes } from './fixes';

function finding(context: RuleContext, sentence: Span, message: string, stock: boolean): RuleFinding {
  return {
    ...sentence,
    message,
    fixes: () => {
      // Safe when what stays is a personal note in its own right, or when LinkedIn's text is all
      // there is (an empty note says plainly that nothing is written yet).
      const safe = context.personal || (stock && context.judgment.boilerplateOnly);
      return [
        { ...removeFix(context.body, sentence, 'Remove the generic sentence', safe, clauseRemovalSpan), preferred: true },
        ...replaceWithPatternFixes(context, sentence),
      ];
    },
  };
}

export const genericInvite: Rule = {
  id: 'generic-invite',
  description: "LinkedIn's stock invitation text, or a bare request to connect with nothing personal.",
  defaultSeverity: 'warning',
  explanation:
    "Recipients have seen LinkedIn's stock line thousands of times: it reads as a click, not a note, and many delete it or answer \"I don't know this person\", which can stop you from ever inviting them again. Say how you know them, name a mutual contact, mention their work, or say what you would bring.",
  examples: {
    bad: [
      "«I'd like to add you to my professional network on LinkedIn.»",
      "We met at the Austin UX meetup in March. «I would like to add you to my professional network.»",
      '«Would you like to join my network?»',
      "«Let's connect!»",
      "Hi Sam, «I want to connect with you on LinkedIn.»",
      "«Please accept my invitation.»",
      "«I’d  like to invite you to join my LinkedIn network.»",
      "We met at the Denver meetup, «I'd like to add you to my professional network on LinkedIn», thanks!",
      "We met at the Denver meetup; «I would like to add you to my professional network.»",
      "«I'd like to invite you to join my LinkedIn network.»",
      "We met at the Denver meetup. «Happy to add you to my LinkedIn contacts.»",
      'Saw your profile and really admire your career, «happy to connect!»',
      "We met at PyCon. «I'd like to add you to my professional net\u200bwork on LinkedIn.»",
      '«I would love to count you among my connections.»',
    ],
    good: [
      "We met at the Austin UX meetup in March and talked about design systems. Would you like to join my network?",
      "I'm a friend of Jane Roe's and work in product in Denver. Let's connect!",
      'I enjoyed your talk on accessible forms at CSUN. Please accept my invitation.',
      "I'd like to add you to my network because we share several first-degree connections in fintech and are both active in the Payments Guild.",
    ],
  },
  check(context) {
    const { body } = context;
    const extra = literalMatcher(context.options.extraGenericPhrases);
    const reported: (Span & { message: string; stock?: boolean })[] = [];
    const { stock, requests } = context.judgment;
    for (const span of stock) reported.push({ ...span, message: "LinkedIn's stock invitation text reads as auto-generated.", stock: true });
    if (extra) {
      for (const match of extra(body)) reported.push({ ...match, message: `"${match.text}" is on your list of generic phrases.` });
    }
    if (!context.personal) {
      for (const span of requests) reported.push({ ...span, message: 'A bare request to connect, with nothing that says why this person.' });
    }
    if (reported.length === 0) return [];
    const sentences = reported.map((match) => ({ ...clauseAround(body, match), message: match.message, stock: match.stock === true }));
    return nonOverlapping(sentences).map((sentence) => finding(context, sentence, sentence.message, sentence.stock));
  },
};
