/**
 * Counting for the server's views (hover, counts, inlay hints) in time linear in the text.
 *
 * Node's `Intl.Segmenter` takes time quadratic in the length of the string it segments (a
 * 40,000-character line takes ~0.3 s, a 1 MB line minutes), so graphemes are counted in chunks
 * cut at places that are always grapheme boundaries.
 */
import { countText, type CountUnit } from '../core';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const CHUNK = 4096;

/**
 * True when there is a grapheme boundary between `text[i - 1]` and `text[i]` whatever the
 * surrounding text: after a line feed (GB4), or before a printable ASCII character or a CJK
 * ideograph unless the
 * character before it could be a Prepend one (no other rule joins anything to such a character:
 * it is not Extend, ZWJ, SpacingMark, Hangul, a regional indicator, a pictograph or a consonant).
 */
function alwaysBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (before === 10) return true;
  const code = text.charCodeAt(i);
  // CJK ideographs, like printable ASCII, are never joined to the character before them.
  const plain = (code >= 0x20 && code <= 0x7e) || (code >= 0x4e00 && code <= 0x9fff);
  if (!plain || before === 13) return false;
  if (before >= 0xdc00 && before <= 0xdfff) {
    // Astral Prepend characters are all in U+11000..U+11FFF (high surrogates D804..D807).
    const high = text.charCodeAt(i - 2);
    return !(high >= 0xd804 && high <= 0xd807);
  }
  if (before >= 0xd800 && before <= 0xdbff) return false;
  // The Prepend characters of the BMP.
  return !((before >= 0x600 && before <= 0x605) || before === 0x6dd || before === 0x70f || before === 0x890 || before === 0x891 || before === 0x8e2 || before === 0xd4e);
}

/**
 * The graphemes of `text[start, end)` when every character is below U+0300: each is a grapheme
 * of its own, except that CR LF is one. Undefined when the range has other characters.
 */
function simpleCount(text: string, start: number, end: number): number | undefined {
  let count = end - start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300) return undefined;
    if (code === 13 && i + 1 < end && text.charCodeAt(i + 1) === 10) count--;
  }
  return count;
}

function segmentCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export function countGraphemes(text: string): number {
  let count = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && !alwaysBoundary(text, end)) end++;
    count += simpleCount(text, start, end) ?? segmentCount(start === 0 && end === text.length ? text : text.slice(start, end));
    start = end;
  }
  return count;
}

/** `countText` of the engine, with graphemes counted in linear time. */
export function countIn(text: string, unit: CountUnit): number {
  return unit === 'graphemes' ? countGraphemes(text) : countText(text, unit);
}

export function countAll(text: string): Record<CountUnit, number> {
  return { utf16: text.length, codepoints: countText(text, 'codepoints'), graphemes: countGraphemes(text) };
}
