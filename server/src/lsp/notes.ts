/** Per-note views of an analysed document: counts, code lenses, inlay hints, symbols, folding. */
import {
  CodeLens,
  FoldingRange,
  InlayHint,
  SymbolKind,
  type DocumentSymbol,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countAllUnits, countText, findHeader, headerValue, TOUCH_KINDS, TOUCH_LABELS, type CountUnit, type PersonalTouch } from '../core';
import { noteIndexAt, parsedNote, type AnalysedDocument, type PlacedNote } from './analysis';
import type { TemplateSummary } from './lists';
import { toRange } from './convert';
import type { NoteCounts } from '../protocol';


/** The note containing a document offset (a separator line belongs to the note before it). */
export function noteAt(analysed: AnalysedDocument, offset: number): PlacedNote | undefined {
  return analysed.notes[noteIndexAt(analysed.notes, offset)];
}

interface LineCount {
  /** Document offset of the end of the body line. */
  end: number;
  count: number;
}

/** Running counts at the end of each body line, line breaks included. */
export function runningCounts(note: PlacedNote, unit: CountUnit): LineCount[] {
  const { text, bodyLines, campaign } = note.summary;
  // A template counts as its longest recipient's note, line by line, when their lines pair up.
  const worst = campaign?.longest?.lines;
  const counts = worst && worst.length === bodyLines.length ? worst : runningTotals(bodyLines.map((line) => text.slice(line.start, line.end)), unit);
  return bodyLines.map((line, index) => ({ end: note.span.start + line.end, count: counts[index] }));
}

/** The count of the lines so far at the end of each line, each line break counting one. */
export function runningTotals(lines: readonly string[], unit: CountUnit): number[] {
  let running = -1;
  return lines.map((line) => (running += 1 + countText(line, unit)));
}

export function hasBody(note: PlacedNote): boolean {
  return note.summary.bodyLines.length > 0;
}


/** The body's length in every unit, computed once per note text. */
export function allCounts(note: PlacedNote): Record<CountUnit, number> {
  return (note.summary.counts ??= countAllUnits(parsedNote(note).body));
}

export function bodyRange(document: TextDocument, note: PlacedNote): Range {
  const lines = note.summary.bodyLines;
  return toRange(document, note.span.start + lines[0].start, note.span.start + lines[lines.length - 1].end);
}

export function noteCounts(document: TextDocument, analysed: AnalysedDocument): NoteCounts[] {
  const unit = analysed.options.countUnit;
  return analysed.notes.filter(hasBody).map((note) => ({
    range: bodyRange(document, note),
    limit: note.summary.limit,
    unit,
    count: note.summary.count,
    counts: { ...allCounts(note) },
    lines: runningCounts(note, unit).map((line) => ({ line: document.positionAt(line.end).line, count: line.count })),
    touch: { ...note.summary.touch },
  }));
}

export function countTitle(count: number, limit: number): string {
  return count <= limit ? `${count}/${limit} · ${limit - count} left` : `${count}/${limit} · ${count - limit} over`;
}

const EVIDENCE_SHOWN = 48;

const quoted = (words: string) => `“${words.length > EVIDENCE_SHOWN ? `${words.slice(0, EVIDENCE_SHOWN - 1).trimEnd()}…` : words}”`;

/** The lens, kept short: the first thing that makes the note personal (the hover lists them all), or that it could go to anyone. */
export function touchTitle(touch: PersonalTouch): string {
  const shown = TOUCH_KINDS.filter((kind) => touch[kind]);
  if (shown.length === 0) return '✗ could go to anyone: nothing in it is specific to them';
  const more = shown.length > 1 ? ` (+${shown.length - 1} more)` : '';
  return `✓ ${TOUCH_LABELS[shown[0]]}: ${quoted(touch[shown[0]]!)}${more}`;
}

/** The hover: each of the four elements, with the words that show it. */
export function touchRows(touch: PersonalTouch): string[] {
  return TOUCH_KINDS.map((kind) => (touch[kind] ? `✓ ${TOUCH_LABELS[kind]}: ${quoted(touch[kind]!)}` : `✗ ${TOUCH_LABELS[kind]}`));
}

/** The code lenses' command, declared by the server and handled as a no-op. */
export const NOTE_INFO_COMMAND = 'inviteLint.noteInfo';

/**
 * One display-only lens above each note (one per line: Neovim asks which to run when a line has
 * two); clicking it runs a no-op server command.
 */
/** "42 recipients · longest 197/200 · 0 over · 2 could go to anyone" */
export function campaignTitle(campaign: TemplateSummary): string {
  const longest = campaign.longest ? ` · longest ${campaign.longest.count}/${campaign.longest.limit}` : '';
  const anyone = campaign.couldGoToAnyone === 0 ? '✓ personal for each' : `✗ ${campaign.couldGoToAnyone} could go to anyone`;
  return `${campaign.recipients} recipient${campaign.recipients === 1 ? '' : 's'}${longest} · ${campaign.over} over · ${anyone}`;
}

export function codeLenses(document: TextDocument, analysed: AnalysedDocument): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const note of analysed.notes) {
    if (!hasBody(note)) continue;
    const line = document.positionAt(note.span.start).line;
    const lens = CodeLens.create({ start: { line, character: 0 }, end: { line, character: 0 } });
    const { campaign } = note.summary;
    const title = campaign ? campaignTitle(campaign) : `${countTitle(note.summary.count, note.summary.limit)} · ${touchTitle(note.summary.touch)}`;
    lens.command = { title, command: NOTE_INFO_COMMAND };
    lenses.push(lens);
  }
  return lenses;
}

export function hintLabel(count: number, limit: number): string {
  return count <= limit ? `[${count}]` : `[+${count - limit} over]`;
}

export function inlayHints(document: TextDocument, analysed: AnalysedDocument, range: Range | undefined): InlayHint[] {
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
  const hints: InlayHint[] = [];
  for (const note of analysed.notes) {
    if (!hasBody(note) || note.span.end < from || note.span.start > to) continue;
    for (const line of runningCounts(note, analysed.options.countUnit)) {
      if (line.end < from || line.end > to) continue;
      const hint = InlayHint.create(document.positionAt(line.end), hintLabel(line.count, note.summary.limit));
      hint.paddingLeft = true;
      hints.push(hint);
    }
  }
  return hints;
}

function firstWords(text: string, words = 6): string {
  const parts = text.trim().split(/\s+/).slice(0, words);
  const name = parts.join(' ');
  return text.trim().split(/\s+/).length > words ? `${name}…` : name;
}

/** The last line of a note with content (the note's span ends where the separator line starts). */
function contentEnd(text: string, note: PlacedNote): number {
  let end = note.span.end;
  while (end > note.span.start && /[\r\n]/.test(text[end - 1])) end--;
  return end;
}

export function documentSymbols(document: TextDocument, analysed: AnalysedDocument): DocumentSymbol[] {
  const text = document.getText();
  const symbols: DocumentSymbol[] = [];
  analysed.notes.forEach((note, index) => {
    const parsed = parsedNote(note);
    if (!hasBody(note) && parsed.headers.length === 0) return;
    const to = headerValue(parsed, 'to');
    const name = to || firstWords(parsed.body) || `Note ${index + 1}`;
    const range = toRange(document, note.span.start, contentEnd(text, note));
    const header = findHeader(parsed, 'to');
    const first = parsed.bodyLines[0];
    const selectionRange = header
      ? toRange(document, note.span.start + header.valueStart, note.span.start + header.valueEnd)
      : first
        ? toRange(document, note.span.start + first.noteStart, note.span.start + first.noteStart + first.length)
        : { start: range.start, end: range.start };
    symbols.push({
      name,
      detail: `${note.summary.count}/${note.summary.limit}`,
      kind: SymbolKind.String,
      range,
      selectionRange: clampInside(selectionRange, range),
    });
  });
  return symbols;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function clampInside(inner: Range, outer: Range): Range {
  const start = before(inner.start, outer.start) ? outer.start : inner.start;
  const end = before(outer.end, inner.end) ? outer.end : inner.end;
  return before(end, start) ? { start, end: start } : { start, end };
}

export function foldingRanges(document: TextDocument, analysed: AnalysedDocument): FoldingRange[] {
  const text = document.getText();
  const ranges: FoldingRange[] = [];
  for (const note of analysed.notes) {
    const start = document.positionAt(note.span.start).line;
    const end = document.positionAt(contentEnd(text, note)).line;
    if (end > start) ranges.push(FoldingRange.create(start, end));
  }
  return ranges;
}
