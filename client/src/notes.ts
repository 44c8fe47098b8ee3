/** Editor-side helpers over the `.invite` document model (the engine's parser, no findings). */
import * as vscode from 'vscode';
import { parseNote, SEPARATOR_LINE, splitNotes, type Note } from '../../server/src/core/document';
import type { NoteCounts } from './protocol';

/** The first line of the note that contains `line` (a separator line belongs to the note before it, as on the server). */
export function spanStartLine(doc: vscode.TextDocument, line: number): number {
  for (let l = Math.min(line, doc.lineCount) - 1; l >= 0; l--) {
    if (SEPARATOR_LINE.test(doc.lineAt(l).text)) return l + 1;
  }
  return 0;
}

export interface NoteAt {
  note: Note;
  range: vscode.Range;
  index: number;
}

/** The parsed note under `position` (a separator line belongs to the note before it). */
export function noteAt(doc: vscode.TextDocument, position: vscode.Position): NoteAt | undefined {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const spans = splitNotes(text);
  let index = 0;
  while (index + 1 < spans.length && spans[index + 1].start <= offset) index++;
  const span = spans[index];
  return {
    note: parseNote(text.slice(span.start, span.end)),
    range: new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)),
    index,
  };
}

/** The counts of the note under the line: its body, or the body of the note its header belongs to. */
export function countsAtLine(doc: vscode.TextDocument, notes: readonly NoteCounts[], line: number): NoteCounts | undefined {
  const inside = notes.find((n) => n.range.start.line <= line && line <= n.range.end.line);
  if (inside) return inside;
  const start = spanStartLine(doc, line);
  return notes.find((n) => spanStartLine(doc, n.range.start.line) === start);
}
