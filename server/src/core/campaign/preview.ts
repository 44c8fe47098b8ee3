/**
 * One recipient's note, as they will get it: the template expanded with their row, checked like
 * any note, and written out with a line that says how it fares. The list of recipients to choose
 * from, searchable by any column, comes from here too.
 */
import { findHeader, parseNote, type Note } from '../document';
import type { Options } from '../types';
import { labelOf, readList, recipientNote, RECIPIENTS_HEADER, VARIABLE_RULE, type ReadList, type RecipientAnalysis, type RecipientNote } from './campaign';
import type { RecipientList } from './recipients';
import { findVariables } from './template';

export interface RecipientChoice {
  row: number;
  label: string;
  values: string[];
}

export interface TemplateRecipients {
  /** The `# recipients:` value. */
  list: string;
  columns: string[];
  recipients: RecipientChoice[];
}

export interface RecipientPreview extends RecipientChoice {
  /** The preview: a status line, the recipient's headers, and the body exactly as it is sent. */
  text: string;
  count: number;
  limit: number;
  personal: boolean;
}

type Read = { note: Note; value: string; list: RecipientList } | { problem: string };

function readTemplateList(text: string, readSource: ReadList): Read {
  const note = parseNote(text);
  const header = findHeader(note, RECIPIENTS_HEADER);
  if (!header) return { problem: 'this note is not a template: a "# recipients: people.csv" header makes it one' };
  const read = readList(note, header, readSource(header.value));
  return 'problem' in read ? read : { note, value: header.value, list: read.list };
}

/** Every recipient of the template's list, for a quick pick; or why there are none. */
export function templateRecipients(text: string, read: ReadList): TemplateRecipients | { problem: string } {
  const found = readTemplateList(text, read);
  if ('problem' in found) return found;
  const { list } = found;
  if (list.recipients.length === 0) return { problem: `${found.value} has no recipients, only the column names` };
  return { list: found.value, columns: list.columns, recipients: list.recipients.map((recipient) => ({ row: recipient.row, label: labelOf(list, recipient), values: recipient.values })) };
}

/** Headers that only make the note a template; the recipient's note does without them. */
const TEMPLATE_HEADERS = new Set([RECIPIENTS_HEADER, 'delimiter']);

function statusLine(analysis: RecipientAnalysis): string {
  const { count, limit } = analysis;
  const length = count > limit ? `${count}/${limit}, ${count - limit} over` : `${count}/${limit}`;
  const verdict = analysis.personal ? '✓ personal' : '✗ could go to anyone';
  return `# check: ${length} · ${verdict} · ${analysis.findings.length === 0 ? 'no problems' : `${analysis.findings.length} ${analysis.findings.length === 1 ? 'problem' : 'problems'}`}`;
}

function previewText(value: string, { recipient, label, expansion, analysis }: RecipientNote): string {
  const lines = [`# preview: row ${recipient.row} of ${value} · ${label}`, statusLine(analysis)];
  for (const finding of analysis.findings) lines.push(`# ${finding.ruleId}: ${finding.message}`);
  for (const variable of expansion.empty) lines.push(`# ${VARIABLE_RULE}: no value for {{${variable.name}}}, so the note has a gap there.`);
  for (const header of analysis.note.headers) if (!TEMPLATE_HEADERS.has(header.key.toLowerCase())) lines.push(`# ${header.key}: ${header.value}`);
  return `${lines.join('\n')}\n${analysis.note.body}\n`;
}

/** The note the recipient on `row` gets, checked; or why it cannot be made. */
export function recipientPreview(text: string, options: Options, read: ReadList, row: number): RecipientPreview | { problem: string } {
  const found = readTemplateList(text, read);
  if ('problem' in found) return found;
  const { list } = found;
  const recipient = list.recipients.find((candidate) => candidate.row === row);
  if (!recipient) return { problem: `${found.value} has no recipient on row ${row}` };
  const made = recipientNote(found.note, list, findVariables(text, list), recipient, options);
  const { analysis } = made;
  return { row, label: made.label, values: recipient.values, text: previewText(found.value, made), count: analysis.count, limit: analysis.limit, personal: analysis.personal };
}
