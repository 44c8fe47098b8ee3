/**
 * A recipient list: the CSV a template is sent to. The first row names the columns; every other
 * row is one recipient. Parsing is Papa Parse's (RFC 4180 quoting, delimiter detection); this
 * module turns its result into one clear problem per kind of damage.
 */
import Papa from 'papaparse';

export interface Recipient {
  /** The row in the file, counting the column names as row 1, as a spreadsheet shows it. */
  row: number;
  /** One value per column, trimmed. */
  values: string[];
}

export interface RecipientList {
  columns: string[];
  /** Each column's name as variables match it: lower case, no spaces, hyphens or underscores. */
  keys: string[];
  recipients: Recipient[];
  delimiter: string;
}

export type ParsedRecipients = { list: RecipientList; warnings: string[] } | { problem: string };

/** The documented caps: beyond them a list is refused, not read in part. */
export const MAX_RECIPIENT_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_RECIPIENTS = 200_000;

const DELIMITER_NAMES: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };

/** How a variable or a column name is matched: `{{first_name}}` is the column "First Name". */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The delimiter a `# delimiter:` header names, or undefined when it names none. */
export function delimiterOf(setting: string): string | undefined {
  const name = setting.trim();
  return DELIMITER_NAMES[name.toLowerCase()] ?? (name.length === 1 ? name : undefined);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function rowNumbers(text: string, cursors: number[]): number[] {
  const rows: number[] = [];
  let line = 1;
  let at = 0;
  for (const start of cursors) {
    for (; at < start; at++) if (text.charCodeAt(at) === 10) line++;
    rows.push(line);
  }
  return rows;
}

/** Reads a recipient list. `delimiter` is the `# delimiter:` header's value, if any. */
export function parseRecipients(text: string, delimiter?: string): ParsedRecipients {
  if (text.includes('\u0000')) return { problem: 'is not a text file (it holds NUL bytes)' };
  if (!/\S/.test(text)) return { problem: 'is empty: its first row should name the columns' };
  const records: string[][] = [];
  const starts: number[] = [];
  let missingQuote: number | undefined;
  let cursor = text.startsWith('\ufeff') ? 1 : 0;
  const separator = delimiter ?? guessedDelimiter(text.slice(cursor));
  Papa.parse<string[]>(text, {
    delimiter: separator,
    step(result) {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) missingQuote ??= records.length;
      if (result.data.length > 1 || result.data[0].trim() !== '') {
        records.push(result.data);
        starts.push(cursor);
      }
      cursor = result.meta.cursor;
    },
  });
  const rows = rowNumbers(text, starts.map((start) => start + (/^\r?\n/.exec(text.slice(start, start + 2))?.[0].length ?? 0)));
  if (missingQuote !== undefined) return { problem: `has a quote that is never closed (row ${rows[missingQuote] ?? rows[rows.length - 1]})` };
  if (records.length - 1 > MAX_RECIPIENTS) return { problem: `has ${records.length - 1} recipients, more than the ${MAX_RECIPIENTS} a list may hold` };
  return checkedList(records, rows, separator);
}

/** The delimiter the column names are separated by: the row that names them rarely quotes one. */
function guessedDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  return [',', ';', '\t', '|'].reduce((best, candidate) => (firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best), ',');
}

function checkedList(records: string[][], rows: number[], delimiter: string): ParsedRecipients {
  const columns = records[0].map((name) => name.trim().replace(/^\ufeff/, ''));
  const keys = columns.map(columnKey);
  const unnamed = columns.findIndex((name) => name === '');
  if (unnamed !== -1) return { problem: `has a column with no name (column ${unnamed + 1} of row 1)` };
  const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (repeated !== -1) return { problem: `names the column "${columns[repeated]}" twice (as "${columns[keys.indexOf(keys[repeated])]}" and "${columns[repeated]}")` };
  const ragged = records.findIndex((record) => record.length !== columns.length);
  if (ragged !== -1) {
    return { problem: `row ${rows[ragged]} has ${plural(records[ragged].length, 'value')} but row 1 names ${plural(columns.length, 'column')} (is the delimiter "${delimiter === '\t' ? 'tab' : delimiter}" right?)` };
  }
  const recipients = records.slice(1).map((values, index) => ({ row: rows[index + 1], values: values.map((value) => value.trim()) }));
  return { list: { columns, keys, recipients, delimiter }, warnings: duplicateWarnings(recipients) };
}

/** Two rows with the same values (ignoring case and spacing) are one person listed twice. */
function duplicateWarnings(recipients: Recipient[]): string[] {
  const firstRow = new Map<string, number>();
  const warnings: string[] = [];
  for (const { row, values } of recipients) {
    const key = values.map((value) => value.toLowerCase().replace(/\s+/g, ' ')).join('\u0000');
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row);
    else if (warnings.length < 20) warnings.push(`row ${row} repeats row ${first}: the same recipient would get the note twice`);
  }
  return warnings;
}

/** Rows as CSV (RFC 4180: quoted where needed, CRLF between rows), as spreadsheets and outreach tools import it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
