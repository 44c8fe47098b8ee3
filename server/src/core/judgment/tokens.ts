/**
 * A note as words: each word normalised (lower case, one apostrophe, invisible characters
 * dropped) and placed in its sentence and clause, plus one normalised line of all the words that
 * the grammar and frame patterns run over. Built once per note, linear in its length.
 */

export interface Token {
  /** Body offsets of the token as written. */
  start: number;
  end: number;
  /** As written, without invisible characters. */
  raw: string;
  /** Lower case, one kind of apostrophe, no invisible characters; punctuation as `.`, `,`, `"` or `-`. */
  norm: string;
  isWord: boolean;
  sentence: number;
  clause: number;
  /** The first word of its sentence, whose capital says nothing. */
  first: boolean;
}

export interface TokenizedNote {
  tokens: Token[];
  /** Every token's `norm`, joined by single spaces. */
  line: string;
  /** Where each token starts in `line`. */
  lineStarts: number[];
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const TOKEN =
  /['’‘ʼ]\d\d(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|['’‘ʼ.&+/@-](?=[\p{L}\p{N}])|[\u00ad\u200b-\u200d\u2060\ufeff]+(?=[\p{L}\p{N}]))*|[.!?…]+|[,;:()"“”«»„–—%$€£+#-]|\n/gu;
const SENTENCE_MARK = /^[.!?…\n]/;
const CLAUSE_MARK = /^[,;:()–—-]$/;
const QUOTE_MARK = /^["“”«»„]$/;
/** Words after which a full stop ends an abbreviation, not a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'e.g', 'i.e', 'etc', 'no', 'jr', 'sr', 'inc', 'co']);
/** Conjunctions that open a new clause with its own subject. */
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'because', 'while', 'although', 'though', 'since', 'where', 'which', 'who', 'when', 'whereas', 'plus']);

function normalise(raw: string): string {
  if (QUOTE_MARK.test(raw)) return '"';
  if (CLAUSE_MARK.test(raw)) return raw === '–' || raw === '—' ? '-' : raw;
  if (SENTENCE_MARK.test(raw)) return '.';
  return raw.toLowerCase().replace(/[’‘ʼ]/g, "'");
}

function endsSentence(raw: string, previous: Token | undefined): boolean {
  if (!SENTENCE_MARK.test(raw)) return false;
  return raw !== '.' || !previous || !(ABBREVIATIONS.has(previous.norm) || /^\p{Lu}$/u.test(previous.raw));
}

export function tokenize(body: string): TokenizedNote {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let first = true;
  for (const match of body.matchAll(TOKEN)) {
    const raw = match[0].replace(INVISIBLE, '');
    const isWord = /^['’‘ʼ]?[\p{L}\p{N}]/u.test(raw);
    const previous = tokens[tokens.length - 1];
    if (isWord && CLAUSE_WORDS.has(raw.toLowerCase()) && !first) clause++;
    const token: Token = { start: match.index!, end: match.index! + match[0].length, raw, norm: normalise(raw), isWord, sentence, clause, first: first && isWord };
    tokens.push(token);
    if (isWord) first = false;
    if (endsSentence(raw, previous)) {
      sentence++;
      clause++;
      first = true;
    } else if (CLAUSE_MARK.test(raw)) {
      clause++;
    }
  }
  const lineStarts: number[] = [];
  let length = 0;
  for (const token of tokens) {
    lineStarts.push(length);
    length += token.norm.length + 1;
  }
  return { tokens, line: tokens.map((token) => token.norm).join(' '), lineStarts };
}

/** The index of the token that holds `offset` of the normalised line (or starts right after it). */
export function tokenAtLine(note: TokenizedNote, offset: number): number {
  let low = 0;
  let high = note.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (note.lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface TokenRange {
  /** First and one-past-last token index. */
  from: number;
  to: number;
}

/** Every match of a global regex over the normalised line, as token ranges. */
export function lineMatches(note: TokenizedNote, regex: RegExp): TokenRange[] {
  const ranges: TokenRange[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(note.line); match; match = regex.exec(note.line)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const from = tokenAtLine(note, match.index);
    const to = tokenAtLine(note, match.index + match[0].length - 1) + 1;
    ranges.push({ from, to });
  }
  return ranges;
}

/** Compiles a pattern over the normalised line, whole words only. */
export function linePattern(source: string, flags = 'g'): RegExp {
  return new RegExp(`(?<![\\w'\\u00c0-\\u024f])(?:${source})(?![\\w\\u00c0-\\u024f])`, flags);
}
