/**
 * What the VS Code client and the server agree on beyond the standard protocol: the
 * `inviteLint/noteCounts` request and the fix-all code action kind.
 */
import type { Range } from 'vscode-languageserver-types';
import type { CountUnit, PersonalTouch } from './core/types';

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
