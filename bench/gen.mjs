// The benchmark document: 10,000 notes, one in five with a problem (seeded).
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Ana Ruiz', 'Sam Lee', 'Jane Roe', 'Priya Shah', 'Tom Berg', 'Lena Vogel', 'Kofi Mensah', 'Mei Chen'];
// Most notes in a working file are fine; about one in five has a problem.
const GOOD_OPENERS = [
  'We met at the Austin UX meetup in March and talked about design systems.',
  "I'm a friend of {mutual}'s and work in product in Denver.",
  'I enjoyed your talk on accessible forms at CSUN.',
  "I've been reading your newsletter on data engineering for a year.",
  'We share several first-degree connections in fintech.',
];
const BAD_OPENERS = [
  "I'd like to add you to my professional network on LinkedIn.",
  'Dear Sir or Madam,',
  'Hi [Name], I came across your profile.',
  'PLEASE ACCEPT MY INVITATION.',
];
const SECOND = [
  'I would be glad to compare notes on onboarding flows.',
  'Would you like to connect?',
  'Happy to share what we learned migrating to Postgres.',
  'Not a good time? Please archive this rather than decline, so I can ask again later.',
];
const BAD_SECOND = ['Let me know if you have 15 minutes for a quick call this week.', 'Best, Tom'];

export function generate(notes = 10_000, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const parts = [];
  for (let i = 0; i < notes; i++) {
    const to = pick(NAMES);
    const mutual = pick(NAMES);
    const bad = random() < 0.2;
    const opener = bad && random() < 0.7 ? pick(BAD_OPENERS) : pick(GOOD_OPENERS);
    const lines = [`# to: ${to}`, `# mutual: ${mutual}`, opener.replace('{mutual}', mutual), bad && random() < 0.5 ? pick(BAD_SECOND) : pick(SECOND)];
    parts.push(lines.join('\n'));
  }
  return `${parts.join('\n---\n')}\n`;
}

