/**
 * What the VS Code client and the server agree on beyond the standard protocol: the
 * `inviteLint/noteCounts`, `inviteLint/recipients` and `inviteLint/preview` requests and the
 * fix-all code action kind.
 */
import type { Range } from 'vscode-languageserver-types';
import type { CountUnit, PersonalTouch } from './core/types';
import type { RecipientPreview, TemplateRecipients } from './core/campaign/preview';

export const NOTE_COUNTS_METHOD = 'inviteLint/noteCounts';

/** One note with a body; the answer to `inviteLint/noteCounts` is one per note. */
export interface NoteCounts {
  /** The note's body. */
  range: Range;
  limit: number;
  /** The unit `count` and `lines[].count` are in. */
  unit: CountUnit;
  count: number;
  counts: Record<CountUnit, number>;
  /** The running count at the end of each body line; `line` is 0-based in the document. */
  lines: { line: number; count: number }[];
  touch: PersonalTouch;
}

/** `source.fixAll` narrowed to this server. */
export const FIX_ALL_KIND = 'source.fixAll.invite-lint';

/** Params `{ textDocument, position }`: the recipients of the template at the position. */
export const RECIPIENTS_METHOD = 'inviteLint/recipients';
/** `note` is the template's index among the document's notes, for `inviteLint/preview`. */
export type RecipientsAnswer = (TemplateRecipients & { note: number }) | { problem: string };

/** Params `{ textDocument, note, row }`: that recipient's note as the template makes it now. */
export const PREVIEW_METHOD = 'inviteLint/preview';
export type PreviewAnswer = RecipientPreview | { problem: string };
