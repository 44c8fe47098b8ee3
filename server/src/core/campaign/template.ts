/**
 * A template: a note whose `{{column}}` variables are filled in per recipient. Expansion keeps a
 * map of pieces, so a problem found in one recipient's note can be shown where it comes from.
 */
import { findHeader, type Note } from '../document';
import type { Span } from '../text';
import { columnKey, type Recipient, type RecipientList } from './recipients';

export interface Variable extends Span {
  /** As written between the braces, trimmed. */
  name: string;
  key: string;
  /** After `|`: what a recipient with no value gets. */
  fallback?: string;
  /** The column it reads, or -1 when the list has none of that name. */
  column: number;
}

/** Note offsets: template text maps one to one; a variable's value maps to the whole variable. */
interface Piece {
  from: number;
  to: number;
  templateStart: number;
  templateEnd: number;
  literal: boolean;
}

export interface Expansion {
  text: string;
  /** Where values of profile columns (name, company...) stand in `text`: they never count as personal. */
  profileValues: Span[];
  /** The variables with no value and no fallback for this recipient. */
  empty: Variable[];
  pieces: Piece[];
}

/** `{{column}}` or `{{column|fallback}}`: the column name is group 1, the fallback group 2. */
export const VARIABLE = /\{\{[ \t]*([^{}|\n]*?)[ \t]*(?:\|([^{}\n]*))?\}\}/g;
const WHOLE_VARIABLE = new RegExp(`^(?:${VARIABLE.source})$`);

export const isVariable = (text: string) => WHOLE_VARIABLE.test(text);
export const hasVariables = (text: string) => text.search(VARIABLE) !== -1;
/** Columns named like these headers act as the recipient's own headers. */
export const HEADER_COLUMNS = ['to', 'mutual', 'met', 'read', 'group', 'limit'] as const;

export function findVariables(text: string, list: RecipientList): Variable[] {
  const found: Variable[] = [];
  for (const match of text.matchAll(VARIABLE)) {
    const key = columnKey(match[1]);
    const fallback = match[2]?.trim();
    found.push({ start: match.index, end: match.index + match[0].length, name: match[1], key, column: list.keys.indexOf(key), ...(fallback !== undefined ? { fallback } : {}) });
  }
  return found;
}

/** Header lines for the columns named like headers, unless the template sets that header itself. */
function recipientHeaders(note: Note, list: RecipientList, recipient: Recipient): string {
  return HEADER_COLUMNS.map((key) => {
    const column = list.keys.indexOf(key);
    const value = column === -1 ? '' : recipient.values[column];
    return value && !findHeader(note, key) ? `# ${key}: ${value}\n` : '';
  }).join('');
}

/** The note this recipient gets; `isProfile` says which columns merely fill in who they are. */
export function expand(note: Note, variables: Variable[], list: RecipientList, recipient: Recipient, isProfile: (column: number) => boolean): Expansion {
  const template = note.text;
  const headers = recipientHeaders(note, list, recipient);
  const pieces: Piece[] = [];
  const profileValues: Span[] = [];
  const empty: Variable[] = [];
  const parts = [headers];
  let length = headers.length;
  let at = 0;
  const push = (text: string, templateStart: number, templateEnd: number, literal: boolean) => {
    pieces.push({ from: length, to: length + text.length, templateStart, templateEnd, literal });
    parts.push(text);
    length += text.length;
  };
  if (headers) pieces.push({ from: 0, to: headers.length, templateStart: 0, templateEnd: 0, literal: false });
  for (const variable of variables) {
    push(template.slice(at, variable.start), at, variable.start, true);
    const value = variable.column === -1 ? template.slice(variable.start, variable.end) : recipient.values[variable.column] || (variable.fallback ?? '');
    if (variable.column !== -1 && !recipient.values[variable.column] && variable.fallback === undefined) empty.push(variable);
    if (variable.column !== -1 && recipient.values[variable.column] && isProfile(variable.column)) profileValues.push({ start: length, end: length + value.length });
    push(value, variable.start, variable.end, variable.column === -1);
    at = variable.end;
  }
  push(template.slice(at), at, template.length, true);
  return { text: parts.join(''), profileValues, empty, pieces };
}

/** Where an offset of an expanded note comes from in the template. */
export function toTemplate(expansion: Expansion, offset: number, side: 'start' | 'end'): number {
  const piece = expansion.pieces.find((p) => offset < p.to || (offset === p.to && side === 'end' && p.to > p.from)) ?? expansion.pieces[expansion.pieces.length - 1];
  if (piece.literal) return Math.min(piece.templateEnd, piece.templateStart + (offset - piece.from));
  return side === 'start' ? piece.templateStart : piece.templateEnd;
}
