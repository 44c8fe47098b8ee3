import type { Rule } from '../rule';
import { lineSpan } from '../text';
import { filledPatterns } from './fixes';

export const noPersonalTouch: Rule = {
  id: 'no-personal-touch',
  description: 'Nothing in the note is specific to this person: it could be sent to anyone.',
  defaultSeverity: 'warning',
  explanation:
    'People accept invitations from people they can place. A note that says none of how you know them, who you both know, what of theirs you have read or used, or what you would bring gives them no reason to; a stranger they cannot place is one click from "I don\'t know this person". Add one of the four, in one sentence.',
  examples: {
    bad: [
      '«I am a big believer in networking and growing my contacts.»\nHope you are well.',
      '«Hello! Hope your week is going great.»',
    ],
    good: [
      'We met at the Denver product meetup and talked about onboarding flows.',
      "Jane Roe suggested I reach out: she said we'd have a lot to talk about on pricing.",
      'Your post on onboarding checklists changed how our team ships. Thank you for writing it.',
      "Happy to share the research notes from our accessibility audit if they'd help your team.",
      'I’m a soon-to-be engineering graduate looking for an entry-level role in embedded systems; my résumé is on my profile.',
    ],
  },
  check(context) {
    if (context.personal) return [];
    return [
      {
        ...lineSpan(context.body, 0),
        message:
          'This note could go to anyone: nothing in it is specific to them. Say where or when you met, name a mutual contact, name a piece of their work by its topic, or offer something concrete.',
        fixes: () => filledPatterns(context).map(({ label, text }) => ({
          title: `Insert the "${label}" pattern`,
          edits: [{ start: 0, end: 0, newText: `${text}\n` }],
          safe: false,
        })),
      },
    ];
  },
};
