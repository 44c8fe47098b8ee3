import type { Rule } from '../rule';

export const salesPitch: Rule = {
  id: 'sales-pitch',
  description: 'A first-touch note that pitches, links or asks for a call.',
  defaultSeverity: 'warning',
  explanation:
    'An invitation that opens with a link, a demo or a request for fifteen minutes reads as a sales sequence, and recipients decline it or report it. Connect first with a reason that is about them; there is time to talk business once they know you.',
  examples: {
    bad: [
      'We met at the Denver product meetup. Can we hop on a «quick 15-minute call» next week?',
      'I enjoyed your talk on onboarding. «Check out our platform» at «https://example.com/demo»',
      'Your team is growing fast. Happy to «book a demo» of our analytics tool.',
      'Hi Sara, could you «spare 20 minutes» next week?',
      "I'll send you a «free pilot» link.",
      '«Reply for» our «price list».',
      'Saw you are scaling your sales team. «Our agency does» exactly this.',
    ],
    good: [
      "I'm a soon-to-be embedded engineer and enjoyed your post about your team's firmware updates over LoRa.",
      'We met at the Denver product meetup; happy to share the onboarding checklist we talked about.',
      'I work at Booking.com on search ranking and enjoyed your talk on learning to rank.',
    ],
  },
  check(context) {
    // The judgment finds the pitches once (its shapes are SALES_PITCH and LINKS in phrases.ts), as it never counts them as personal.
    return context.judgment.pitches.map(({ start, end }) => ({ start, end, message: `"${context.body.slice(start, end)}" reads as a sales pitch in a first message.` }));
  },
};
