import type { Rule } from '../rule';
import { lineSpan } from '../text';
import { replaceWithPatternFixes } from './fixes';

export const noPersonalTouch: Rule = {
  id: 'no-personal-touch',
  description: 'Nothing in the note is specific to this person: it could be sent to anyone.',
  defaultSeverity: 'warning',
  explanation:
    'People accept invitations from people they can place. The test: would this note be wrong if it went to someone else? Praise ("your background is impressive"), interest ("like-minded professionals") and your own job title fit anyone. Name one thing that fits only them: where or when you met, a mutual contact by name, a piece of their work by its topic or title, or a concrete offer or reason that places you in their world.',
  examples: {
    bad: [
      '«I am a big believer in networking and growing my contacts.»\nHope you are well.',
      '«Hello! Hope your week is going great.»',
      '«Your career path is remarkable and I admire all you have achieved.»',
      "«I'm a recruiter at Northwind Health, always looking for talent like you.»",
      '«We share lots of connections and work in similar spaces.»',
    ],
    good: [
      'We met at the Denver product meetup and talked about onboarding flows.',
      "Jane Roe suggested I reach out: she said we'd have a lot to talk about on pricing.",
      'Your post on onboarding checklists changed how our team ships. Thank you for writing it.',
      "Happy to share the research notes from our accessibility audit if they'd help your team.",
      "Fellow Reed '11 alum, now in Boise too!",
      'I start my residency at your clinic in August and would love to hear how the night rota works.',
      'We traded replies on the Rust forum for months about borrow-checker errors.',
    ],
  },
  check(context) {
    if (context.personal) return [];
    return [
      {
        ...lineSpan(context.body, 0),
        message:
          'This note could go to anyone: nothing in it is specific to them. Say where or when you met, name a mutual contact, name a piece of their work by its topic, or offer something concrete.',
        fixes: () => replaceWithPatternFixes(context, { start: 0, end: 0 }, '\n'),
      },
    ];
  },
};
