/**
 * Where the tokens of a note start and end, in one pass over its character codes. A regex would be
 * shorter, but each of its matches costs more than the whole scan of an ASCII word; characters
 * beyond ASCII are classified once by Unicode property and remembered.
 */

export const enum TokenKind {
  /** Letters and digits, parts joined by one of `'’‘ʼ.&+/@-` or by invisible characters. */
  Word,
  /** A class year: an apostrophe and two digits ("'11"). */
  Year,
  /** A run of `.!?…`, a line break, or emoji before a capital ("so inspiring 🙌 Keep shining"). */
  SentenceMark,
  /** One mark that shapes a sentence: `,;:()"“”«»„–—%$€£+#-`. */
  Mark,
}

const START = 1;
const PART = 2;
const JOINER = 4;
const INVISIBLE = 8;
const SENTENCE = 16;
const MARK = 32;
const APOSTROPHE = 64;
/** Emoji and what joins or modifies them (ZWJ, variation selector, skin tones, flags). */
const EMOJI = 128;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}_]/u;
const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f]/u;
const UPPER = /^\p{Lu}/u;

const flagsOf = (chars: string, flag: number, table: Map<number, number>) => {
  for (const char of chars) table.set(char.codePointAt(0)!, (table.get(char.codePointAt(0)!) ?? 0) | flag);
};
const KNOWN = new Map<number, number>();
flagsOf("'’‘ʼ.&+/@-", JOINER, KNOWN);
flagsOf('\u00ad\u200b\u200c\u200d\u2060\ufeff', INVISIBLE, KNOWN);
flagsOf('.!?…\n', SENTENCE, KNOWN);
flagsOf(',;:()"“”«»„–—%$€£+#-', MARK, KNOWN);
flagsOf("'’‘ʼ", APOSTROPHE, KNOWN);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  const letterOrDigit = LETTER_OR_DIGIT.test(char) ? START | PART : WORD_PART.test(char) ? PART : 0;
  return letterOrDigit | (EMOJI_PART.test(char) ? EMOJI : 0) | (KNOWN.get(codePoint) ?? 0);
}

const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classify(code));
const beyondAscii = new Map<number, number>();

function classAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII[code];
  const codePoint = text.codePointAt(at)!;
  let flags = beyondAscii.get(codePoint);
  if (flags === undefined) beyondAscii.set(codePoint, (flags = classify(codePoint)));
  return flags;
}

const width = (text: string, at: number) => (text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) < 0xdc00 ? 2 : 1);

function wordEnd(body: string, start: number): number {
  let at = start;
  for (;;) {
    const flags = classAt(body, at);
    if (flags & PART) {
      at += width(body, at);
      continue;
    }
    let gap = at;
    if (flags & JOINER) gap++;
    else while (classAt(body, gap) & INVISIBLE) gap++;
    if (gap === at || !(classAt(body, gap) & START)) return at;
    at = gap;
  }
}

const isAsciiDigit = (text: string, at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;

/** Emoji that stand where a full stop would, before a capital, end the sentence; others are skipped. */
function emojiRun(body: string, start: number, onToken: (start: number, end: number, kind: TokenKind) => void): number {
  let end = start;
  while (end < body.length && classAt(body, end) & EMOJI) end += width(body, end);
  let next = end;
  while (body[next] === ' ' || body[next] === '\t') next++;
  if (next < body.length && UPPER.test(String.fromCodePoint(body.codePointAt(next)!))) onToken(start, end, TokenKind.SentenceMark);
  return end;
}

/** Calls `onToken` for every token in order; whatever is not a token is skipped. */
export function scanTokens(body: string, onToken: (start: number, end: number, kind: TokenKind) => void): void {
  for (let at = 0; at < body.length; ) {
    const flags = classAt(body, at);
    if (flags & APOSTROPHE && isAsciiDigit(body, at + 1) && isAsciiDigit(body, at + 2) && !(classAt(body, at + 3) & START)) {
      onToken(at, at + 3, TokenKind.Year);
      at += 3;
    } else if (flags & START) {
      const end = wordEnd(body, at);
      onToken(at, end, TokenKind.Word);
      at = end;
    } else if (flags & SENTENCE) {
      let end = at + 1;
      if (body[at] !== '\n') while (body[end] !== '\n' && classAt(body, end) & SENTENCE) end++;
      onToken(at, end, TokenKind.SentenceMark);
      at = end;
    } else if (flags & EMOJI) {
      at = emojiRun(body, at, onToken);
    } else if (body[at] === '$' && classAt(body, at + 1) & START && !isAsciiDigit(body, at + 1)) {
      // "$PATH" is the word PATH; "$5" keeps its dollar as a sign of an amount.
      at++;
    } else if (body[at] === '#' && isAsciiDigit(body, at + 1)) {
      // "#3" and "#1142" are one number, as in "your post #3" or "issue #1142".
      const end = wordEnd(body, at + 1);
      onToken(at, end, TokenKind.Word);
      at = end;
    } else {
      if (flags & MARK) onToken(at, at + 1, TokenKind.Mark);
      at += width(body, at);
    }
  }
}
