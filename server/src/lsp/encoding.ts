/**
 * Position encodings (LSP 3.17 `general.positionEncodings`, or clangd's `offsetEncoding`): the server works in UTF-16 offsets,
 * and speaks UTF-8 or UTF-32 columns to a client that offers them, as rust-analyzer does. The
 * conversion happens once, at the boundary: every position in a request's params on the way in,
 * every position in a result or notification on the way out. For UTF-16 nothing is converted.
 */
import type { ClientCapabilities, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type PositionEncoding = 'utf-16' | 'utf-8' | 'utf-32';

/** Where a client offers encodings: LSP 3.17's `general.positionEncodings`, or clangd's older `offsetEncoding` (which Neovim 0.7 can send). */
export function offeredEncodings(capabilities: ClientCapabilities | undefined): { offered: string[]; by: 'standard' | 'clangd' } | undefined {
  const standard = capabilities?.general?.positionEncodings;
  if (Array.isArray(standard)) return { offered: standard, by: 'standard' };
  const clangd = (capabilities as { offsetEncoding?: unknown } | undefined)?.offsetEncoding;
  return Array.isArray(clangd) ? { offered: clangd.filter((item): item is string => typeof item === 'string'), by: 'clangd' } : undefined;
}

/** UTF-8 when offered (editors that count bytes), else UTF-32, else the protocol's UTF-16. */
export function negotiatedEncoding(capabilities: ClientCapabilities | undefined): PositionEncoding {
  const offered = offeredEncodings(capabilities)?.offered ?? [];
  return offered.includes('utf-8') ? 'utf-8' : offered.includes('utf-32') ? 'utf-32' : 'utf-16';
}

/** How many client units each UTF-16 code unit of a line starts, summed: `columns[i]` is the client column of UTF-16 column `i`. */
function clientColumns(line: string, encoding: PositionEncoding): Int32Array {
  const columns = new Int32Array(line.length + 1);
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code < 0xdc00 && i + 1 < line.length;
    const width = encoding === 'utf-32' ? 1 : code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    columns[i + 1] = columns[i] + width;
    if (pair) columns[++i + 1] = columns[i];
  }
  return columns;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Per document version, each non-ASCII line's column table, made when first needed. */
const tables = new WeakMap<TextDocument, { version: number; lines: Map<number, Int32Array | null> }>();

function columnsOf(document: TextDocument, line: number, encoding: PositionEncoding): Int32Array | null {
  let known = tables.get(document);
  if (!known || known.version !== document.version) tables.set(document, (known = { version: document.version, lines: new Map() }));
  let columns = known.lines.get(line);
  if (columns === undefined) {
    const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    columns = ASCII.test(text) ? null : clientColumns(text, encoding);
    known.lines.set(line, columns);
  }
  return columns;
}

const isPosition = (value: object): value is Position =>
  Object.keys(value).length === 2 && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';

/** A copy of `value` with `convert` applied to every position in it. */
function mapPositions(value: unknown, convert: (position: Position) => Position): unknown {
  if (Array.isArray(value)) return value.map((item) => mapPositions(item, convert));
  if (value === null || typeof value !== 'object') return value;
  if (isPosition(value)) return convert(value);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = mapPositions(item, convert);
  return copy;
}

export class PositionCodec {
  constructor(readonly encoding: PositionEncoding = 'utf-16') {}

  /** A client position in the server's UTF-16 columns. */
  fromClient(document: TextDocument, position: Position): Position {
    const columns = this.encoding === 'utf-16' ? null : columnsOf(document, position.line, this.encoding);
    if (!columns) return position;
    // The last UTF-16 column whose client column is at most the given one.
    let low = 0;
    let high = columns.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (columns[mid] <= position.character) low = mid;
      else high = mid - 1;
    }
    return { line: position.line, character: low };
  }

  /** A server position in the client's columns. */
  toClient(document: TextDocument, position: Position): Position {
    const columns = this.encoding === 'utf-16' ? null : columnsOf(document, position.line, this.encoding);
    if (!columns) return position;
    return { line: position.line, character: columns[Math.min(position.character, columns.length - 1)] };
  }

  /** Every position of a request's params, from the client's columns. */
  paramsFromClient<T>(document: TextDocument, params: T): T {
    return this.encoding === 'utf-16' ? params : (mapPositions(params, (p) => this.fromClient(document, p)) as T);
  }

  /** Every position of a result or notification, in the client's columns. */
  resultToClient<T>(document: TextDocument, result: T): T {
    return this.encoding === 'utf-16' ? result : (mapPositions(result, (p) => this.toClient(document, p)) as T);
  }
}
