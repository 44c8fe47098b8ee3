import type { CountUnit } from './types';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function countCodePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i))) count--;
  }
  return count;
}

/** Stretches given to the segmenter are at least this long (each call has a cost of its own). */
const MIN_STRETCH = 64;
/** The segmenter is given windows of about this length: its cost is the number of graphemes times the length. */
const WINDOW = 64;

/**
 * Format and separator characters that are a grapheme of their own, always (Grapheme_Cluster_Break
 * = Control, GB4 and GB5): a run of 80,000 zero-width spaces needs no segmenter at all.
 */
function isControl(code: number): boolean {
  return (
    code === 0xad || code === 0x61c || code === 0x180e || code === 0x200b || code === 0x200e || code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f) || code === 0xfeff || (code >= 0xfff9 && code <= 0xfffb)
  );
}

/**
 * True when there is a grapheme boundary between `text[i - 1]` and `text[i]` whatever the
 * surrounding text: after a line feed (GB4), or before a printable ASCII character or a CJK
 * ideograph unless the character before it could be a Prepend one (no other rule joins anything
 * to such a character: it is not Extend, ZWJ, SpacingMark, Hangul, a regional indicator, a
 * pictograph or a consonant).
 */
function alwaysBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (before === 10) return true;
  const code = text.charCodeAt(i);
  if (isControl(code) || isControl(before)) return true;
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
 * Calls `visit` with the UTF-16 start of every grapheme, in linear time: Node's `Intl.Segmenter`
 * takes time quadratic in the length of what it segments (a 40,000-character line takes ~0.3 s),
 * so it only gets the short stretches that need it. A character below U+0300 followed by another
 * is a grapheme of its own (no rule joins two such characters but CR LF); any other stretch goes
 * to the segmenter, cut at the next place that is always a boundary.
 */
function forEachGrapheme(text: string, visit: (start: number) => void): void {
  const length = text.length;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
    if ((code < 0x300 && next < 0x300) || isControl(code)) {
      visit(i);
      i += code === 13 && next === 10 ? 2 : 1;
      continue;
    }
    let end = i + 1;
    while (end < length && (end - i < MIN_STRETCH || !alwaysBoundary(text, end))) end++;
    segmentStretch(text, i, end, visit);
    i = end;
  }
}

/**
 * Visits the graphemes of a stretch that starts at a boundary, a window at a time. A boundary
 * depends only on the text before it and the character after it, so every grapheme that starts
 * in a window (but the last, which may go on) is right; the next window starts at that last one.
 * A grapheme longer than its window (a thousand combining marks) gets a window twice as long.
 */
function segmentStretch(text: string, start: number, end: number, visit: (start: number) => void): void {
  let at = start;
  let size = WINDOW;
  while (at < end) {
    let stop = Math.min(end, at + size);
    if (stop < end && isHighSurrogate(text.charCodeAt(stop - 1))) stop++;
    const widened = size > WINDOW;
    const starts: number[] = [];
    for (const segment of graphemeSegmenter.segment(text.slice(at, stop))) {
      starts.push(segment.index);
      // Widened, only the end of the long grapheme is wanted.
      if (widened && starts.length === 2) break;
    }
    if (stop === end && !(widened && starts.length === 2)) {
      for (const offset of starts) visit(at + offset);
      return;
    }
    if (starts.length < 2) {
      size *= 2;
      continue;
    }
    for (let k = 0; k < starts.length - 1; k++) visit(at + starts[k]);
    at += starts[starts.length - 1];
    size = WINDOW;
  }
}

function countGraphemes(text: string): number {
  let count = 0;
  forEachGrapheme(text, () => count++);
  return count;
}

/** How to count in each unit. `utf16` is what LinkedIn's counter and a browser textarea report. */
export const COUNTERS: Record<CountUnit, (text: string) => number> = {
  utf16: (text) => text.length,
  codepoints: countCodePoints,
  graphemes: countGraphemes,
};

/** Length of `text` in the given unit. */
export function countText(text: string, unit: CountUnit): number {
  return COUNTERS[unit](text);
}

export function countAllUnits(text: string): Record<CountUnit, number> {
  return { utf16: text.length, codepoints: countCodePoints(text), graphemes: countGraphemes(text) };
}

/** UTF-16 start offsets of the units of `text`, plus its length at the end. */
function unitBoundaries(text: string, unit: CountUnit): number[] {
  const boundaries: number[] = [];
  if (unit === 'graphemes') {
    forEachGrapheme(text, (start) => boundaries.push(start));
  } else {
    // utf16 is walked by code point too, so an overflow never starts inside a surrogate pair.
    for (let i = 0; i < text.length; i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1) boundaries.push(i);
  }
  boundaries.push(text.length);
  return boundaries;
}

/**
 * The UTF-16 offset where the text first goes past `limit` units, or undefined when it fits.
 * A unit that straddles the limit (an emoji counted as 2 with one left) is part of the overflow.
 */
export function overflowStart(text: string, limit: number, unit: CountUnit): number | undefined {
  if (countText(text, unit) <= limit) return undefined;
  const boundaries = unitBoundaries(text, unit);
  let used = 0;
  for (let i = 0; i < boundaries.length - 1; i++) {
    const weight = unit === 'utf16' ? boundaries[i + 1] - boundaries[i] : 1;
    if (used + weight > limit) return boundaries[i];
    used += weight;
  }
  return undefined;
}
