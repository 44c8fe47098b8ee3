/**
 * Phrase matching and sentence helpers shared by the rules. Phrase tables are written in a small
 * dialect of regular expressions: a `'` matches any apostrophe (straight or curly) and a space
 * matches any run of white space, line breaks included. Matching ignores case.
 */

const APOSTROPHE = "['\u2019\u2018\u02bc]";
const WORD_START = '\\b';
const WORD_END = '(?![\\w\\u00c0-\\u024f])';

function loosen(source: string): string {
  return source.replace(/'/g, APOSTROPHE).replace(/ \?/g, '\\s*').replace(/ +/g, '\\s+');
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const body = phrases.map(loosen).join('|');
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
}

const literalRegexes = new Map<string, RegExp | undefined>();

/** Like `phraseRegex`, for phrases the user typed: they are matched literally, never as regexes. */
export function literalPhraseRegex(literals: readonly string[]): RegExp | undefined {
  const key = literals.join('\n');
  if (!literalRegexes.has(key)) {
    const phrases = literals.map((l) => l.trim()).filter(Boolean);
    literalRegexes.set(key, phrases.length ? phraseRegex(phrases.map((p) => escapeRegExp(p).replace(/\s+/g, ' '))) : undefined);
  }
  return literalRegexes.get(key);
}

export interface Span {
  start: number;
  end: number;
}

export function* matches(regex: RegExp, text: string): Generator<Span & { match: RegExpExecArray }> {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text))) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    yield { start: match.index, end: match.index + match[0].length, match };
  }
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The line around an offset, without its leading and trailing white space. */
export function lineSpan(text: string, offset: number): Span {
  const start = lineStart(text, offset);
  const line = text.slice(start, lineEnd(text, offset));
  const leading = line.length - line.trimStart().length;
  return { start: start + leading, end: start + Math.max(leading, line.trimEnd().length) };
}

/** White space, or an invisible character pasted where a space was. */
const SENTENCE_GAP = /[\s\u200b-\u200f\u2060]/;

/** An opener such as `Hi Sam,` belongs to no sentence after it. */
const GREETING_PREFIX = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^.!?\n]{0,40}[,:!—–-]\s*$/i;

const SENTENCE_END = /[.!?…]+["'\u2019\u201d)]*/y;

/** The sentence around a span: from after the previous sentence end (or line start) to its own end mark. */
export function sentenceAround(text: string, span: Span): Span {
  const from = lineStart(text, span.start);
  let start = from;
  for (let i = span.start - 1; i >= from; i--) {
    if (/[.!?…]/.test(text[i]) && SENTENCE_GAP.test(text[i + 1] ?? '')) {
      start = i + 1;
      break;
    }
  }
  while (start < span.start && /\s/.test(text[start])) start++;
  if (GREETING_PREFIX.test(text.slice(start, span.start))) start = span.start;
  const to = lineEnd(text, span.end);
  let end = to;
  for (let i = span.end - 1; i < to; i++) {
    if (i < span.start) continue;
    SENTENCE_END.lastIndex = i;
    const mark = SENTENCE_END.exec(text);
    if (mark && (i + mark[0].length >= to || SENTENCE_GAP.test(text[i + mark[0].length]))) {
      end = i + mark[0].length;
      break;
    }
  }
  return { start, end: Math.max(end, span.end) };
}

/**
 * The span to delete so that `span` disappears with the white space it leaves behind:
 * a whole line goes with its line break, otherwise the spaces after it (or before it at a line end).
 */
export function removalSpan(text: string, span: Span): Span {
  const from = lineStart(text, span.start);
  const to = lineEnd(text, span.end);
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, to);
  if (!before.trim() && !after.trim()) {
    if (to < text.length) return { start: from, end: to + 1 };
    return { start: from > 0 ? from - 1 : from, end: to };
  }
  const trailing = /^[ \t]*/.exec(after)![0].length;
  if (trailing > 0 && after.trim()) return { start: span.start, end: span.end + trailing };
  const leading = /[ \t]*$/.exec(before)![0].length;
  return { start: span.start - leading, end: span.end + trailing };
}

/** The body with one span taken out, as `removalSpan` would leave it. */
export function withoutSpan(text: string, span: Span): string {
  const removed = removalSpan(text, span);
  return text.slice(0, removed.start) + text.slice(removed.end);
}
