/** The client's view of the counts the server sends: colour levels and unit names. */
import type { CountUnit } from '../../server/src/core/types';

export type { CountUnit };
export { FIX_ALL_KIND, NOTE_COUNTS_METHOD, PREVIEW_METHOD, RECIPIENTS_METHOD, type NoteCounts, type PreviewAnswer, type RecipientsAnswer } from '../../server/src/protocol';
export type { RecipientChoice } from '../../server/src/core/campaign/preview';

/** Recipient previews: read-only documents the client makes, which the server never checks. */
export const PREVIEW_SCHEME = 'invite-preview';

/** The documents the server checks: saved and unsaved `.invite` files, never a preview. */
const CHECKED_DOCUMENTS = [
  { scheme: 'file', language: 'invite' },
  { scheme: 'untitled', language: 'invite' },
];

/** What the client sends the server: the checked documents, and open lists, whose unsaved edits re-check their templates. */
export const SYNCED_DOCUMENTS = [...CHECKED_DOCUMENTS, { scheme: 'file', pattern: '**/*.{csv,tsv}' }];

export const isChecked = (document: { languageId: string; uri: { scheme: string } }) => document.languageId === 'invite' && document.uri.scheme !== PREVIEW_SCHEME;

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
