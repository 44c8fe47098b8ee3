/**
 * The `.invite` document model: notes separated by `---` lines, `#` comment lines carrying
 * `# key: value` headers, and the body that is actually sent.
 */

export interface NoteSpan {
  /** Offsets of the note in the document; `end` is the start of the next separator line (or the end). */
  start: number;
  end: number;
}

export interface Header {
  key: string;
  value: string;
  /** Offsets of the value, relative to the note. */
  valueStart: number;
  valueEnd: number;
}

export interface BodyLine {
  /** Offset of the line's first character, relative to the note. */
  noteStart: number;
  /** Offset of the same character in the body. */
  bodyStart: number;
  length: number;
}

export interface Note {
  /** The note's own text; every offset below is relative to it. */
  text: string;
  headers: Header[];
  /** Rule ids turned off by `# invite-lint-disable`; `all` when no id is given. */
  disabled: Set<string> | 'all';
  /** The text that is sent: body lines joined with one `\n` each. */
  body: string;
  bodyLines: BodyLine[];
  /** Where a new comment line can be inserted (the note's first line), and the line break in use. */
  eol: string;
}

const SEPARATOR = /^[ \t]*-{3,}[ \t]*$/;
const COMMENT = /^[ \t]*#/;
const HEADER = /^[ \t]*#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const DISABLE = /^[ \t]*#[ \t]*invite-lint-disable(?![\w-])(.*)$/i;
const BLANK = /^[ \t\u00a0]*$/;
export const BOM = '\ufeff';

interface Line {
  start: number;
  text: string;
  eol: string;
}

/** Calls `visit` for each line from `from` on; CRLF, LF and CR all end a line. */
function forEachLine(text: string, from: number, visit: (line: Line) => void): void {
  let start = from;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const eol = text.startsWith('\r\n', end) ? '\r\n' : end < text.length ? text[end] : '';
    visit({ start, text: text.slice(start, end), eol });
    start = end + eol.length;
  }
}

/** Splits a document into its notes. A leading byte order mark belongs to no note. */
export function splitNotes(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  let start = text.startsWith(BOM) ? 1 : 0;
  forEachLine(text, start, (line) => {
    if (line.text.includes('---') && SEPARATOR.test(line.text)) {
      spans.push({ start, end: line.start });
      start = line.start + line.text.length + line.eol.length;
    }
  });
  spans.push({ start, end: text.length });
  return spans;
}

export function parseNote(text: string): Note {
  const headers: Header[] = [];
  let disabled: Set<string> | 'all' = new Set();
  const textLines: Line[] = [];
  let eol = '';
  forEachLine(text, 0, (line) => {
    if (!eol && line.eol) eol = line.eol;
    if (!COMMENT.test(line.text)) {
      textLines.push(line);
      return;
    }
    const disable = DISABLE.exec(line.text);
    if (disable) {
      const ids = disable[1].toLowerCase().split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0) disabled = 'all';
      else if (disabled !== 'all') for (const id of ids) disabled.add(id);
      return;
    }
    const header = HEADER.exec(line.text);
    if (header) {
      const valueEnd = line.start + line.text.trimEnd().length;
      headers.push({ key: header[1].toLowerCase(), value: header[2], valueStart: valueEnd - header[2].length, valueEnd });
    }
  });
  let first = 0;
  let last = textLines.length - 1;
  while (first <= last && BLANK.test(textLines[first].text)) first++;
  while (last >= first && BLANK.test(textLines[last].text)) last--;
  const bodyLines: BodyLine[] = [];
  const parts: string[] = [];
  let bodyOffset = 0;
  for (let i = first; i <= last; i++) {
    const line = textLines[i];
    bodyLines.push({ noteStart: line.start, bodyStart: bodyOffset, length: line.text.length });
    parts.push(line.text);
    bodyOffset += line.text.length + 1;
  }
  return { text, headers, disabled, body: parts.join('\n'), bodyLines, eol: eol || '\n' };
}

/** The value of a `# limit:` header, or undefined when it is not a positive whole number. */
export function parseLimit(value: string | undefined): number | undefined {
  const limit = value && /^\d+$/.test(value) ? Number(value) : 0;
  return limit > 0 ? limit : undefined;
}

export function headerValue(note: Note, key: string): string | undefined {
  const header = note.headers.find((h) => h.key === key && h.value !== '');
  return header?.value;
}

/** Maps an offset in the body to the note. A body line break maps to the end of its line. */
export function bodyToNote(note: Note, bodyOffset: number): number {
  const lines = note.bodyLines;
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].bodyStart <= bodyOffset) low = mid;
    else high = mid - 1;
  }
  const line = lines[low];
  if (!line) return 0;
  return line.noteStart + Math.min(bodyOffset - line.bodyStart, line.length);
}
