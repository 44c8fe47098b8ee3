/** The client's view of the counts the server sends: colour levels and unit names. */
import type { CountUnit } from '../../server/src/core/types';

export type { CountUnit };
export { FIX_ALL_KIND, NOTE_COUNTS_METHOD, type NoteCounts } from '../../server/src/protocol';

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
