/**
 * Counting for the server's views (hover, counts, inlay hints) in time linear in the text.
 *
 * Node's `Intl.Segmenter` takes time quadratic in the length of the string it segments (a
 * 40,000-character line takes ~0.3 s, a 1 MB line minutes), so it is given only the short
 * stretches of text that need it.
 */
import { countText, type CountUnit } from '../core';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Stretches given to the segmenter are at least this long (each call has a cost of its own). */
const MIN_STRETCH = 64;

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

function segmentCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/**
 * Walks the text from grapheme boundary to grapheme boundary: a character below U+0300 followed
 * by another is a grapheme of its own (no rule joins two such characters but CR LF); any other
 * stretch is handed to the segmenter, cut at the next place that is always a boundary.
 */
export function countGraphemes(text: string): number {
  const length = text.length;
  let count = 0;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
    if (code < 0x300 && next < 0x300) {
      count++;
      i += code === 13 && next === 10 ? 2 : 1;
      continue;
    }
    let end = i + 1;
    while (end < length && (end - i < MIN_STRETCH || !alwaysBoundary(text, end))) end++;
    count += segmentCount(text.slice(i, end));
    i = end;
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
