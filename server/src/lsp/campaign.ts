/**
 * What the editor shows of a template beyond its diagnostics: a variable's values on hover, the
 * list's column names inside `{{`, and the recipients and one recipient's note for the preview.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { recipientPreview, rowsText, templateRecipients, type ValueAt, type VariableStats } from '../core';
import type { PreviewAnswer, RecipientsAnswer } from '../protocol';
import { noteIndexAt, type AnalysedDocument, type PlacedNote } from './analysis';
import type { ListReader } from './lists';

type Escape = (text: string) => string;

/** The hover lines for the variable at `offset` of a template note, if there is one; `escape` guards the list's values. */
export function variableHover(note: PlacedNote, offset: number, escape: Escape): string[] | undefined {
  const { campaign, list } = note.summary;
  const at = offset - note.span.start;
  const variable = campaign?.variables.find((candidate) => candidate.start <= at && at <= candidate.end);
  if (!campaign || !list || !variable) return undefined;
  const name = escape(`{{${variable.name}}}`);
  if (variable.column === undefined) return [`${name}: no column of ${escape(list.value)} has this name`];
  return [`${name} reads the column "${escape(variable.column)}" of ${escape(list.value)}`, ...valueLines(variable, escape)];
}

function valueLines(variable: VariableStats, escape: Escape): string[] {
  const lines: string[] = [];
  const quoted = ({ row, value, length }: ValueAt) => `"${escape(value)}" (row ${row}, ${length})`;
  const { shortest, longest } = variable;
  if (shortest && longest) lines.push(shortest.value === longest.value ? `Every value: ${quoted(shortest)}` : `Shortest: ${quoted(shortest)} · longest: ${quoted(longest)}`);
  if (variable.emptyRows.length > 0) {
    const rows = rowsText(variable.emptyRows);
    lines.push(variable.fallback === undefined ? `Empty on ${rows}: those notes have a gap here` : `Empty on ${rows}: they get "${escape(variable.fallback)}"`);
  }
  return lines;
}

/** An open `{{` before the cursor, with what is typed of the column name so far. */
const OPEN_VARIABLE = /\{\{[ \t]*([^{}|\n]*)$/;

/** Inside `{{` of a template: its list's columns, written as the variable matches them. */
export function columnCompletions(note: PlacedNote | undefined, before: string, after: string): CompletionItem[] | undefined {
  const open = OPEN_VARIABLE.exec(before);
  const columns = note?.summary.campaign?.columns;
  if (!open || !columns) return open ? [] : undefined;
  const closed = /^[^{}\n]*\}\}/.test(after);
  return columns.map((column, index) => {
    const name = column.toLowerCase().replace(/[\s-]+/g, '_');
    return {
      label: name,
      kind: CompletionItemKind.Field,
      detail: `column "${column}" of ${note!.summary.list!.value}`,
      insertText: closed ? name : `${name}}}`,
      filterText: name,
      sortText: String(index).padStart(4, '0'),
    };
  });
}

/** The template's list as the server reads it for this document. */
const sourceFor = (lists: ListReader, document: TextDocument) => (value: string) => lists.read(document.uri, value).source;

const GONE = { problem: 'the template is no longer in the document' };

/** The recipients of the template at `offset`, for the preview's quick pick. */
export function recipientsAt(document: TextDocument, analysed: AnalysedDocument, offset: number, lists: ListReader): RecipientsAnswer {
  const index = noteIndexAt(analysed.notes, offset);
  const note = analysed.notes[index];
  if (!note) return GONE;
  const found = templateRecipients(note.summary.text, sourceFor(lists, document));
  return 'problem' in found ? found : { note: index, ...found };
}

/** The note of the recipient on `row` of the document's `index`th note, as it is now. */
export function previewOf(document: TextDocument, analysed: AnalysedDocument, index: number, row: number, lists: ListReader): PreviewAnswer {
  const note = analysed.notes[index];
  if (!note) return GONE;
  return recipientPreview(note.summary.text, analysed.options, sourceFor(lists, document), row);
}
