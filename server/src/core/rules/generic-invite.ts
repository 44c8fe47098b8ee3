import { BARE_REQUESTS, STOCK_INVITATIONS } from '../phrases';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { literalPhraseRegex, matches, phraseRegex, sentenceAround, withoutSpan, type Span } from '../text';
import { hasPersonalTouch } from '../touch';
import { removeFix, replaceWithPatternFixes } from './fixes';

const STOCK = phraseRegex(STOCK_INVITATIONS);
const BARE = phraseRegex(BARE_REQUESTS);

function finding(context: RuleContext, match: Span, message: string): RuleFinding {
  const sentence = sentenceAround(context.body, match);
  return {
    ...sentence,
    message,
    fixes: () => {
      // Removing the sentence is safe only when what stays is a personal note in its own right.
      const safe = hasPersonalTouch(context.touch) && withoutSpan(context.body, sentence).trim() !== '';
      return [
        { ...removeFix(context.body, sentence, 'Remove the generic sentence', safe), preferred: true },
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
    ],
    good: [
      "We met at the Austin UX meetup in March and talked about design systems. Would you like to join my network?",
      "I'm a friend of Jane Roe's and work in product in Denver. Let's connect!",
      'I enjoyed your talk on accessible forms at CSUN. Please accept my invitation.',
      "I'd like to add you to my network because we share several first-degree connections in fintech and are both active in the Payments Guild.",
    ],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const match of matches(STOCK, context.body)) {
      findings.push(finding(context, match, "LinkedIn's stock invitation text reads as auto-generated."));
    }
    const extra = literalPhraseRegex(context.options.extraGenericPhrases);
    if (extra) {
      for (const match of matches(extra, context.body)) {
        findings.push(finding(context, match, `"${match.match[0]}" is on your list of generic phrases.`));
      }
    }
    if (!hasPersonalTouch(context.touch)) {
      for (const match of matches(BARE, context.body)) {
        if (findings.some((f) => f.start <= match.start && match.end <= f.end)) continue;
        findings.push(finding(context, match, 'A bare request to connect, with nothing that says why this person.'));
      }
    }
    return findings;
  },
};
