import { KNOWN_WORDS } from '../judgment/everyday-words';
import { PLACEHOLDER_SYNTAX } from '../phrases';
import { ACRONYMS, COMMON_WORDS } from '../phrases';
import type { Rule, RuleFinding } from '../rule';

/** An all-capitals word (digits allowed, as in B2B); `ACME_EVENT` is one word. */
const CAPS_WORD = /(?<![\p{L}\p{N}_])[\p{Lu}\p{N}](?:[\p{Lu}\p{N}'’&/-]*[\p{Lu}\p{N}])?(?![\p{L}\p{N}_])/gu;
/** What may stand between two words of one run. */
const RUN_GAP = /^[\s,;:!?.&-]*$/;
/** A cheap first look (Latin, Greek and Cyrillic capitals): two capital words in a row. */
const TWO_CAPITAL_WORDS = /[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][\s,;:!?.&-]+[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][A-Z0-9À-ÖØ-ÞΑ-ΩА-ЯЁ]/;

interface Word {
  start: number;
  end: number;
  text: string;
}

function isShouted(word: Word): boolean {
  return /\p{Lu}/u.test(word.text) && !/\p{N}/u.test(word.text) && !ACRONYMS.has(word.text.replace(/['’]S$/, ''));
}

const isEveryday = (word: Word) => {
  const lower = word.text.toLowerCase().replace(/’/g, "'");
  return COMMON_WORDS.has(word.text) || KNOWN_WORDS.has(lower) || KNOWN_WORDS.has(lower.replace(/'/g, ''));
};

/** Two or more shouted words, most of them everyday words: names such as UNICEF WASH are not shouting. */
function isShoutingRun(run: Word[]): boolean {
  const shouted = run.filter(isShouted);
  const everyday = shouted.filter(isEveryday).length;
  return shouted.length >= 2 && everyday > 0 && everyday * 2 > shouted.length;
}

function sentenceCase(body: string, run: Word[], start: number, end: number): string {
  const pieces: string[] = [];
  let at = start;
  for (const word of run) {
    pieces.push(body.slice(at, word.start), isShouted(word) ? word.text.toLowerCase() : word.text);
    at = word.end;
  }
  pieces.push(body.slice(at, end));
  const text = pieces.join('');
  const before = body.slice(Math.max(0, start - 3), start).trimEnd();
  const startsSentence = start === 0 || before === '' || /[.!?:\n]$/.test(before) || /\n\s*$/.test(body.slice(Math.max(0, start - 3), start));
  return startsSentence ? text[0].toUpperCase() + text.slice(1) : text;
}

export const shouting: Rule = {
  id: 'shouting',
  description: 'Runs of ALL-CAPS words (acronyms and names such as AI, UX, NYC or INSEAD are fine).',
  defaultSeverity: 'warning',
  explanation:
    'Capitals read as shouting, and in a first message from a stranger they look like spam. Write in normal case; if a word needs weight, choose a stronger word instead.',
  examples: {
    bad: [
      'We met at the Denver product meetup. «PLEASE ACCEPT» my invitation!',
      'I enjoyed your talk on onboarding, it was «SO AMAZING»!',
      'We met at PyCon. «I AM SO EXCITED TO CONNECT»!',
      'We met at PyCon. «EARLY BIRD PRICING ENDS FRIDAY», by the way.',
      'We met at PyCon. «ACT NOW»!',
    ],
    good: [
      'We met at the AI and UX meetup in NYC and talked about LLM evals.',
      'I enjoyed your talk on B2B SaaS pricing at SXSW; our CEO shared it with the whole team.',
      'I met you at the IEEE VR conference in the Q&A after your session.',
      'We met at the UNICEF WASH workshop in Nairobi, right after your INSEAD guest lecture.',
    ],
  },
  check(context) {
    if (!TWO_CAPITAL_WORDS.test(context.body)) return [];
    // A template's [FIRST NAME] is the placeholder rule's, not shouting.
    const blanks = [...context.body.matchAll(PLACEHOLDER_SYNTAX)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const inBlank = (start: number) => blanks.some((blank) => blank.start <= start && start < blank.end);
    const words: Word[] = [...context.body.matchAll(CAPS_WORD)]
      .map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }))
      .filter((word) => blanks.length === 0 || !inBlank(word.start));
    const findings: RuleFinding[] = [];
    let run: Word[] = [];
    const flush = () => {
      const words = run;
      if (words.length > 0 && isShoutingRun(words)) {
        const start = words[0].start;
        const end = words[words.length - 1].end;
        findings.push({
          start,
          end,
          message: `"${context.body.slice(start, end)}" is in capitals, which reads as shouting.`,
          fixes: () => [{ title: 'Write in normal case', edits: [{ start, end, newText: sentenceCase(context.body, words, start, end) }], safe: false, preferred: true }],
        });
      }
      run = [];
    };
    for (const word of words) {
      const previous = run[run.length - 1];
      if (previous && !RUN_GAP.test(context.body.slice(previous.end, word.start))) flush();
      run.push(word);
    }
    flush();
    return findings;
  },
};
