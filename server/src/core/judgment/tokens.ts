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
  /** A word whose first letter is a capital. */
  capital: boolean;
  sentence: number;
  clause: number;
  /** The first word of its sentence, whose capital says nothing. */
  first: boolean;
}

export interface TokenizedNote {
  tokens: Token[];
  /** Every token's `norm`, each after one space (so the line starts with a space). */
  line: string;
  /** Where each token starts in `line`. */
  lineStarts: number[];
  /** The index of each sentence's first token. */
  sentenceStarts: number[];
  /** The index of each clause's first token. */
  clauseStarts: number[];
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;
const WORD_PART = /[\p{L}\p{M}\p{N}_]/u;
const APOSTROPHES = "'’‘ʼ";
/** Characters that join two word parts ("so-and-so", "Booking.com", "UI/UX", "it's"). */
const JOINERS = "'’‘ʼ.&+/@-";
const INVISIBLES = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const SENTENCE_MARKS = '.!?…';
const SINGLE_MARKS = ',;:()"“”«»„–—%$€£+#-';
const CLAUSE_MARKS = ',;:()–—-';
const QUOTE_MARKS = '"“”«»„';
/** Words after which a full stop ends an abbreviation, not a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'e.g', 'i.e', 'etc', 'no', 'jr', 'sr', 'inc', 'co']);
/** Conjunctions that open a new clause with its own subject. */
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'because', 'while', 'although', 'though', 'since', 'where', 'which', 'who', 'when', 'whereas', 'plus']);

const isAsciiLetterOrDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function isLetterOrDigit(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isWordPart(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code) || code === 95;
  return WORD_PART.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Where the word that starts at `start` ends. */
function wordEnd(body: string, start: number): number {
  let at = start;
  while (at < body.length) {
    if (isWordPart(body, at)) {
      at += body.codePointAt(at)! > 0xffff ? 2 : 1;
      continue;
    }
    let gap = at;
    if (JOINERS.includes(body[gap])) gap++;
    else while (gap < body.length && INVISIBLES.includes(body[gap])) gap++;
    if (gap === at || !isLetterOrDigit(body, gap)) return at;
    at = gap;
  }
  return at;
}

/** The token at `at`: its end, or `at` itself when nothing starts there. */
function tokenEnd(body: string, at: number): number {
  const char = body[at];
  if (APOSTROPHES.includes(char) && /^\d\d(?![\p{L}\p{N}])/u.test(body.slice(at + 1, at + 4))) return at + 3;
  if (isLetterOrDigit(body, at)) return wordEnd(body, at);
  if (SENTENCE_MARKS.includes(char)) {
    let end = at + 1;
    while (end < body.length && SENTENCE_MARKS.includes(body[end])) end++;
    return end;
  }
  return SINGLE_MARKS.includes(char) || char === '\n' ? at + 1 : at;
}

function normalise(raw: string, isWord: boolean): string {
  if (isWord) {
    const lower = raw.toLowerCase();
    return /[’‘ʼ]/.test(lower) ? lower.replace(/[’‘ʼ]/g, "'") : lower;
  }
  if (QUOTE_MARKS.includes(raw)) return '"';
  if (raw === '–' || raw === '—') return '-';
  return SENTENCE_MARKS.includes(raw[0]) || raw === '\n' ? '.' : raw;
}

function endsSentence(raw: string, previous: Token | undefined): boolean {
  if (!SENTENCE_MARKS.includes(raw[0]) && raw !== '\n') return false;
  return raw !== '.' || !previous || !(ABBREVIATIONS.has(previous.norm) || (previous.raw.length === 1 && previous.raw !== previous.norm));
}

export function tokenize(body: string): TokenizedNote {
  const tokens: Token[] = [];
  const lineStarts: number[] = [];
  const norms: string[] = [];
  let sentence = 0;
  let clause = 0;
  let first = true;
  let length = 1;
  const sentenceStarts = [0];
  const clauseStarts = [0];
  for (let at = 0; at < body.length; ) {
    // "$PATH" is the word PATH; "$5" keeps its dollar as a sign of an amount.
    if (body[at] === '$' && isLetterOrDigit(body, at + 1) && !/\d/.test(body[at + 1])) at++;
    const end = tokenEnd(body, at);
    if (end === at) {
      at += body.codePointAt(at)! > 0xffff ? 2 : 1;
      continue;
    }
    const written = body.slice(at, end);
    const raw = written.length > 1 && INVISIBLE.test(written) ? written.replace(INVISIBLE, '') : written;
    INVISIBLE.lastIndex = 0;
    const isWord = isLetterOrDigit(raw, 0) || (raw.length === 3 && APOSTROPHES.includes(raw[0]));
    const norm = normalise(raw, isWord);
    const previous = tokens[tokens.length - 1];
    if (isWord && !first && CLAUSE_WORDS.has(norm)) {
      clause++;
      clauseStarts.push(tokens.length);
    }
    tokens.push({ start: at, end, raw, norm, isWord, capital: isWord && CAPITAL.test(raw), sentence, clause, first: first && isWord });
    lineStarts.push(length);
    norms.push(norm);
    length += norm.length + 1;
    if (isWord) first = false;
    if (endsSentence(raw, previous)) {
      sentence++;
      sentenceStarts.push(tokens.length);
      clause++;
      clauseStarts.push(tokens.length);
      first = true;
    } else if (CLAUSE_MARKS.includes(raw)) {
      clause++;
      clauseStarts.push(tokens.length);
    }
    at = end;
  }
  return { tokens, line: norms.length ? ` ${norms.join(' ')}` : '', lineStarts, sentenceStarts, clauseStarts };
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

/** The first and one-past-last token of the sentence that holds token `index`. */
export function sentenceOf(note: TokenizedNote, index: number): [number, number] {
  const sentence = note.tokens[index].sentence;
  return [note.sentenceStarts[sentence], note.sentenceStarts[sentence + 1] ?? note.tokens.length];
}

/** The first and one-past-last token of the clause that holds token `index`. */
export function clauseOf(note: TokenizedNote, index: number): [number, number] {
  const clause = note.tokens[index].clause;
  return [note.clauseStarts[clause], note.clauseStarts[clause + 1] ?? note.tokens.length];
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
    const from = tokenAtLine(note, match.index + 1);
    const to = tokenAtLine(note, match.index + match[0].length - 1) + 1;
    ranges.push({ from, to });
  }
  return ranges;
}

/** One pattern over the normalised line for a whole table of phrases. */
export function tablePattern(phrases: readonly { pattern: string }[], flags = 'g'): RegExp {
  return linePattern(phrases.map((phrase) => phrase.pattern).join('|'), flags);
}

/**
 * Compiles a pattern over the normalised line, whole tokens only. Each match starts with the space
 * before its first token: a literal first character lets V8 skip ahead quickly.
 */
export function linePattern(source: string, flags = 'g'): RegExp {
  return new RegExp(` (?:${source})(?= |$)`, flags);
}
