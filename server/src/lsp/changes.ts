/**
 * Records which part of each document changed since its last analysis, so that the analysis can
 * re-split only the notes around an edit instead of the whole document.
 */
import { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PositionCodec } from './encoding';

/**
 * `[from, to)` of the current text may differ from the last analysed text; the text before `from`
 * is unchanged and the text from `to` on is the old text shifted by `delta`.
 */
export interface ChangedRegion {
  from: number;
  to: number;
  delta: number;
}

/** Unknown changes (a full-text change, or no analysis to compare with): everything may differ. */
export const EVERYTHING = 'everything';
export type Changes = ChangedRegion | typeof EVERYTHING;

function merge(known: ChangedRegion | undefined, start: number, end: number, inserted: number): ChangedRegion {
  const delta = inserted - (end - start);
  if (!known) return { from: start, to: start + inserted, delta };
  const shiftedTo = known.to >= end ? known.to + delta : known.to;
  return { from: Math.min(known.from, start), to: Math.max(shiftedTo, start + inserted), delta: known.delta + delta };
}

export class ChangeTracker {
  private readonly changes = new Map<string, Changes>();
  /** Set at `initialize`: change ranges arrive in the client's columns. */
  codec = new PositionCodec();

  /** The `update` of a `TextDocuments` configuration: applies the changes one by one, recording each. */
  readonly update = (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
    for (const received of changes) {
      const known = this.changes.get(document.uri);
      const change = TextDocumentContentChangeEvent.isIncremental(received)
        ? { ...received, range: { start: this.codec.fromClient(document, received.range.start), end: this.codec.fromClient(document, received.range.end) } }
        : received;
      if (TextDocumentContentChangeEvent.isIncremental(change) && known !== EVERYTHING) {
        const a = document.offsetAt(change.range.start);
        const b = document.offsetAt(change.range.end);
        this.changes.set(document.uri, merge(known, Math.min(a, b), Math.max(a, b), change.text.length));
      } else {
        this.changes.set(document.uri, EVERYTHING);
      }
      TextDocument.update(document, [change], version);
    }
    return document;
  };

  /** The changes since the last call for this document (everything when none were recorded). */
  take(uri: string): Changes {
    const changes = this.changes.get(uri) ?? EVERYTHING;
    this.changes.delete(uri);
    return changes;
  }

  forget(uri: string): void {
    this.changes.delete(uri);
  }
}
