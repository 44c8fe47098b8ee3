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

function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

/** Length of `text` in the given unit. `utf16` is what LinkedIn's counter and a browser textarea report. */
export function countText(text: string, unit: CountUnit): number {
  switch (unit) {
    case 'utf16':
      return text.length;
    case 'codepoints':
      return countCodePoints(text);
    case 'graphemes':
      return countGraphemes(text);
  }
}

export function countAllUnits(text: string): Record<CountUnit, number> {
  return { utf16: text.length, codepoints: countCodePoints(text), graphemes: countGraphemes(text) };
}

/** UTF-16 start offsets of the units of `text`, plus its length at the end. */
function unitBoundaries(text: string, unit: CountUnit): number[] {
  const boundaries: number[] = [];
  if (unit === 'graphemes') {
    for (const segment of graphemeSegmenter.segment(text)) boundaries.push(segment.index);
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
