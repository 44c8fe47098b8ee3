/**
 * A note as words: each word normalised (lower case, one apostrophe, invisible characters
 * dropped) and placed in its sentence and clause, plus one normalised line of all the words that
 * the grammar and frame patterns run over. Built once per note, linear in its length.
 */

import { scanTokens, TokenKind } from './scan';

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
const CAPITAL = /^\p{Lu}/u;
const CURLY_APOSTROPHES = /[’‘ʼ]/g;
const CLAUSE_MARKS = ',;:()–—-';
const QUOTE_MARKS = '"“”«»„';
/** Words after which a full stop ends an abbreviation, not a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'e.g', 'i.e', 'etc', 'no', 'jr', 'sr', 'inc', 'co', 'pvt']);
/** Abbreviations that belong to the name after them ("St. Vincent's", "Dr. Adeyemi"), as do initials ("J. Okafor"). */
const NAME_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'jr', 'sr']);
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** Conjunctions that open a new clause with its own subject. */
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'because', 'while', 'although', 'though', 'since', 'where', 'which', 'who', 'when', 'whereas', 'plus']);

const BEYOND_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** Accents are folded ("gáis" as "gais"), so that the line's patterns, written for ASCII words, read accented names whole. */
function wordNorm(raw: string): string {
  const lower = raw.toLowerCase();
  const apostrophes = lower.includes('’') || lower.includes('‘') || lower.includes('ʼ') ? lower.replace(CURLY_APOSTROPHES, "'") : lower;
  return BEYOND_ASCII.test(apostrophes) ? apostrophes.normalize('NFD').replace(MARKS, '') : apostrophes;
}

function markNorm(raw: string): string {
  if (QUOTE_MARKS.includes(raw)) return '"';
  return raw === '–' || raw === '—' ? '-' : raw;
}

/** Whether a full stop right after `previous` is part of it: the phrase patterns then read "st. vincent's" as words. */
function joinsWord(raw: string, start: number, previous: Token | undefined): previous is Token {
  if (raw !== '.' || !previous?.isWord || previous.end !== start) return false;
  return NAME_ABBREVIATIONS.has(previous.norm) || (previous.raw.length === 1 && previous.raw !== previous.norm);
}

function isCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(raw);
}

/** `next` is the character after the mark: "Pvt. Ltd., a Gurugram firm" goes on after its full stop. */
function endsSentence(raw: string, previous: Token | undefined, next: string | undefined): boolean {
  if (raw === '.' && (next === ',' || next === ';')) return false;
  // "U.S. Army", "e.g. Berlin": dotted initials end with a full stop of their own.
  if (raw === '.' && previous?.isWord && DOTTED_INITIALS.test(previous.raw)) return false;
  return raw !== '.' || !previous || !(ABBREVIATIONS.has(previous.norm) || (previous.isWord && previous.raw.length === 1 && previous.raw !== previous.norm));
}

export function tokenize(body: string): TokenizedNote {
  const tokens: Token[] = [];
  const lineStarts: number[] = [];
  const norms: string[] = [];
  let lineLength = 1;
  let sentence = 0;
  let clause = 0;
  let first = true;
  const sentenceStarts = [0];
  const clauseStarts = [0];
  const hasInvisible = INVISIBLE.test(body);
  INVISIBLE.lastIndex = 0;
  scanTokens(body, (start, end, kind) => {
    const written = body.slice(start, end);
    const isWord = kind === TokenKind.Word || kind === TokenKind.Year;
    const raw = hasInvisible && kind === TokenKind.Word ? written.replace(INVISIBLE, '') : written;
    const norm = kind === TokenKind.SentenceMark ? '.' : isWord ? wordNorm(raw) : markNorm(raw);
    const previous = tokens[tokens.length - 1];
    if (joinsWord(raw, start, previous)) {
      previous.end = end;
      previous.raw += raw;
      previous.norm += raw;
      norms[norms.length - 1] = previous.norm;
      lineLength += raw.length;
      return;
    }
    if (isWord && !first && CLAUSE_WORDS.has(norm)) {
      clause++;
      clauseStarts.push(tokens.length);
    }
    tokens.push({ start, end, raw, norm, isWord, capital: kind === TokenKind.Word && isCapital(raw), sentence, clause, first: first && isWord });
    lineStarts.push(lineLength);
    norms.push(norm);
    lineLength += norm.length + 1;
    if (isWord) first = false;
    if (kind === TokenKind.SentenceMark && endsSentence(raw, previous, body[end])) {
      sentence++;
      sentenceStarts.push(tokens.length);
      clause++;
      clauseStarts.push(tokens.length);
      first = true;
    } else if (kind === TokenKind.Mark && CLAUSE_MARKS.includes(raw)) {
      clause++;
      clauseStarts.push(tokens.length);
    }
  });
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

/**
 * Every match of a global regex over the normalised line, as token ranges. With `overlapping`,
 * a match may start inside the one before ("we sat ... and you fixed my dongle" holds two acts).
 */
export function lineMatches(note: TokenizedNote, regex: RegExp, overlapping = false): TokenRange[] {
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
    if (overlapping) regex.lastIndex = match.index + 1;
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
