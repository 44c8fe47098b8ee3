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
  disabled: ReadonlySet<string> | 'all';
  /** The text that is sent: body lines joined with one `\n` each. */
  body: string;
  bodyLines: BodyLine[];
  /** The note's first line break, `\n` when it has none. */
  eol: string;
}

/** A line of three or more hyphens between notes. */
export const SEPARATOR_LINE = /^[ \t]*-{3,}[ \t]*$/;
const HEADER = /^[ \t]*#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
/** `# invite-lint-disable` and the rule ids after it (group 2). */
export const DISABLE_LINE = /^([ \t]*#[ \t]*invite-lint-disable(?![\w-]))(.*?)[ \t]*$/i;
export const BOM = '\ufeff';

/** Splits a document into its notes. A leading byte order mark belongs to no note. */
export function splitNotes(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  let start = text.startsWith(BOM) ? 1 : 0;
  for (let lineStart = start; lineStart < text.length; ) {
    let end = lineStart;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end + (text.startsWith('\r\n', end) ? 2 : end < text.length ? 1 : 0);
    let first = lineStart;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (text.charCodeAt(first) === 45 && SEPARATOR_LINE.test(text.slice(lineStart, end))) {
      spans.push({ start, end: lineStart });
      start = next;
    }
    lineStart = next;
  }
  spans.push({ start, end: text.length });
  return spans;
}

const NOTHING_DISABLED: ReadonlySet<string> = new Set();

function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/** Parses one note. Allocation is kept low: this runs for every note of every analysis. */
export function parseNote(text: string): Note {
  const headers: Header[] = [];
  let disabled: ReadonlySet<string> | 'all' = NOTHING_DISABLED;
  /** Start and end offsets of each non-comment line, flattened. */
  const textLines: number[] = [];
  let eol = '';
  let onlyLineFeeds = true;
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const lineEol = text.startsWith('\r\n', end) ? '\r\n' : end < text.length ? text[end] : '';
    if (!eol) eol = lineEol;
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first < end && text.charCodeAt(first) === 35) {
      disabled = readComment(text.slice(start, end), start, headers, disabled);
    } else {
      textLines.push(start, end);
      if (lineEol !== '\n' && lineEol !== '') onlyLineFeeds = false;
    }
    start = end + lineEol.length;
  }
  let first = 0;
  let last = textLines.length - 2;
  while (first <= last && isBlankRange(text, textLines[first], textLines[first + 1])) first += 2;
  while (last >= first && isBlankRange(text, textLines[last], textLines[last + 1])) last -= 2;
  const bodyLines: BodyLine[] = [];
  let bodyOffset = 0;
  let contiguous = onlyLineFeeds;
  for (let i = first; i <= last; i += 2) {
    if (i > first && textLines[i] !== textLines[i - 1] + 1) contiguous = false;
    bodyLines.push({ noteStart: textLines[i], bodyStart: bodyOffset, length: textLines[i + 1] - textLines[i] });
    bodyOffset += textLines[i + 1] - textLines[i] + 1;
  }
  // Lines that follow each other with plain line feeds are the body as they stand in the note.
  const body =
    bodyLines.length === 0
      ? ''
      : contiguous
        ? text.slice(textLines[first], textLines[last + 1])
        : bodyLines.map((line) => text.slice(line.noteStart, line.noteStart + line.length)).join('\n');
  return { text, headers, disabled, body, bodyLines, eol: eol || '\n' };
}

/** Reads a comment line: a disable directive or a header. Returns the rules disabled so far. */
function readComment(line: string, lineStart: number, headers: Header[], disabled: ReadonlySet<string> | 'all'): ReadonlySet<string> | 'all' {
  const disable = DISABLE_LINE.exec(line);
  if (disable) {
    const ids = disable[2].toLowerCase().split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0 || disabled === 'all') return 'all';
    return new Set([...disabled, ...ids]);
  }
  const header = HEADER.exec(line);
  if (header) {
    const valueEnd = lineStart + line.trimEnd().length;
    headers.push({ key: header[1].toLowerCase(), value: header[2], valueStart: valueEnd - header[2].length, valueEnd });
  }
  return disabled;
}

/** The value of a `# limit:` header, or undefined when it is not a positive whole number. */
export function parseLimit(value: string | undefined): number | undefined {
  const limit = value && /^\d+$/.test(value) ? Number(value) : 0;
  return limit > 0 ? limit : undefined;
}

/** The first header with this key and a value. */
export function findHeader(note: Note, key: string): Header | undefined {
  return note.headers.find((header) => header.key === key && header.value !== '');
}

export function headerValue(note: Note, key: string): string | undefined {
  return findHeader(note, key)?.value;
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
