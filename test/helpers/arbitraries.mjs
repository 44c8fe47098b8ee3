// Random documents for the property tests: realistic sentences and hostile pieces (invisible
// characters, emoji sequences, combining marks, line-break mixes, separators, odd headers).
import fc from 'fast-check';

const PIECES = [
  'We met at the Denver product meetup and talked about onboarding.',
  "I'd like to add you to my professional network on LinkedIn.",
  "Let's connect!",
  'Dear Sir or Madam,',
  'PLEASE ACCEPT MY INVITATION',
  'Hi {first_name}, ',
  "I'm a friend of so\u200b-and-so's.",
  'Your post on retry budgets saved my week.',
  'Jane Roe has indicated you are a fellow group member of Product Ops:',
  '- Sam Lee',
  'Could you spare 20 minutes? https://example.com/demo',
  'Dear Hiring Manager, Dear Hiring Manager,',
  '\u200b\u200d\u2060\ufeff',
  '👨‍👩‍👧 👍🏽 🇫🇷🇩🇪',
  'e\u0301\u0301 \u1100\u1161\u11a8',
  '# to: [Name]',
  '# met: the very very very very very very very very very very very very very long conference',
  '# limit: 40',
  '# mutual: Jane Roe',
  '# invite-lint-disable shouting',
  '---',
  '\r\n',
  '\r',
  '\n',
  ' ',
];

export const documentArbitrary = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 12 }) }), { maxLength: 24 })
  .map((parts) => parts.join(''));

/** Runs and seed: short in `npm test`, long in `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED). */
export function runSettings(defaultRuns) {
  const numRuns = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  const seed = process.env.FUZZ_SEED === undefined ? 20261201 : Number(process.env.FUZZ_SEED);
  return { numRuns, seed };
}
