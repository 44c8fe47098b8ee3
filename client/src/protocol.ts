/** The client's side of the `inviteLint/noteCounts` request (the server implements it). */
import type { Range } from 'vscode-languageclient/node';

export type CountUnit = 'utf16' | 'codepoints' | 'graphemes';

export interface NoteCounts {
  /** The note's body (LSP range). */
  range: Range;
  limit: number;
  /** The unit `count` and `lines[].count` are in. */
  unit: CountUnit;
  count: number;
  counts: Record<CountUnit, number>;
  /** The running count at the end of each body line; `line` is 0-based in the document. */
  lines: { line: number; count: number }[];
  touch: { met: boolean; mutual: boolean; work: boolean; value: boolean };
}

export const NOTE_COUNTS_REQUEST = 'inviteLint/noteCounts';

export type Level = 'ok' | 'near' | 'over';

/** Green up to 90 % of the limit, amber from 90 % up to the limit, red past it. */
export function level(count: number, limit: number): Level {
  if (count > limit) return 'over';
  return count >= limit * 0.9 ? 'near' : 'ok';
}

export const UNIT_LABELS: Record<CountUnit, string> = {
  utf16: 'UTF-16 code units (what LinkedIn counts)',
  codepoints: 'code points',
  graphemes: 'characters you see (graphemes)',
};
