import { GROUP_BOILERPLATE } from '../phrases';
import type { Rule } from '../rule';
import { lineSpan, matches, phraseRegex } from '../text';
import { removeFix } from './fixes';

const BOILERPLATE = phraseRegex(GROUP_BOILERPLATE);

export const groupBoilerplate: Rule = {
  id: 'group-boilerplate',
  description: 'The automatic "has indicated you are a fellow group member" line.',
  defaultSeverity: 'warning',
  explanation:
    'This line is what LinkedIn wrote when an invitation went through a group. Pasted into a note it doubles the form-letter feel and spends a third of your characters on nothing. If the group matters, say what you both do there in your own words.',
  examples: {
    bad: [
      "«Jane Roe has indicated you are a fellow group member of Product Denver:»\nWe met at the Denver product meetup and talked about onboarding.",
      "«Sam has indicated that you're a fellow member of the Rust Guild.»\nI enjoyed your post on error handling.",
      '«You are a fellow group member of Product Denver.»\nWe met at the Denver product meetup and talked about onboarding.',
    ],
    good: [
      "We're both active in the Product Denver group, and I enjoyed your talk there on onboarding.",
      'I am a fellow member of the Rust Guild and enjoyed your post on error handling.',
    ],
  },
  check(context) {
    if (!/indicated|group member/i.test(context.body)) return [];
    const seen = new Set<number>();
    const findings = [];
    for (const match of matches(BOILERPLATE, context.body)) {
      const line = lineSpan(context.body, match.start);
      if (seen.has(line.start)) continue;
      seen.add(line.start);
      findings.push({
        ...line,
        message: 'Automatic group line: it tells the recipient nothing about you.',
        fixes: () => [{ ...removeFix(context.body, line, 'Remove the group line', true), preferred: true }],
      });
    }
    return findings;
  },
};
