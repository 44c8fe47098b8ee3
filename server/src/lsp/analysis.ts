/**
 * Per-document analysis built from small per-note summaries. An edit re-splits only the notes
 * around the changed region and re-analyses only notes whose text is new; every other note keeps
 * its summary, including its diagnostics, which are only moved to the note's new start line.
 */
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BOM, parseNote, splitNotes, type Note, type NoteSpan, type CountUnit, type Options, type PersonalTouch, type Severity } from '../core';
import { EVERYTHING, type ChangeTracker, type Changes } from './changes';
import { SOURCE, toDiagnostic } from './convert';
import type { DocumentSettings } from './settings';
import { analyse, templateSummary, type ListReader, type TemplateSummary } from './lists';

/** A finding without its fixes; offsets are relative to the note. */
export interface NoteFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

/** A body line's offsets, relative to the note. */
export interface BodyLineSpan {
  start: number;
  end: number;
}

/** What the server keeps of a note's analysis: plain data, no parsed note and no fix closures. */
export interface NoteSummary {
  /** The note's own text (a copy, never a slice of a document) and the settings it was analysed with. */
  text: string;
  settingsKey: string;
  limit: number;
  count: number;
  touch: PersonalTouch;
  findings: NoteFinding[];
  bodyLines: BodyLineSpan[];
  /** For a template: its list as read (`key` changes when the file does) and how the recipients fare. */
  list?: { value: string; key: string };
  campaign?: TemplateSummary;
  /** The body's length in every unit, filled on first use (hover, the counts request). */
  counts?: Record<CountUnit, number>;
  /** The findings as diagnostics whose positions are relative to the note's start (made on first use). */
  diagnostics?: Diagnostic[];
  /** The diagnostics moved to where the note last started. */
  placed?: { at: Position; diagnostics: Diagnostic[] };
}

export interface PlacedNote {
  span: NoteSpan;
  summary: NoteSummary;
}

export interface AnalysedDocument {
  uri: string;
  version: number;
  settingsKey: string;
  options: Options;
  notes: PlacedNote[];
  /** Milliseconds the analysis took, when it followed an edit; 0 after an open or a settings change. */
  cost: number;
}

/** A copy that does not keep a whole document alive, as a slice of it would. */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** One string per distinct message, so that many notes with the same problems share them. */
const messages = new Map<string, string>();
const MAX_MESSAGES = 10_000;

function shared(message: string): string {
  const known = messages.get(message);
  if (known !== undefined) return known;
  if (messages.size >= MAX_MESSAGES) messages.clear();
  messages.set(message, message);
  return message;
}

function summarize(text: string, settings: DocumentSettings, lists: ListReader, uri: string): NoteSummary {
  const { analysis, list } = analyse(text, settings, lists, uri);
  const findings = analysis.findings.map(({ ruleId, severity, message, start, end }) => ({ ruleId, severity, message: shared(message), start, end }));
  return {
    text,
    settingsKey: settings.key,
    limit: analysis.limit,
    count: analysis.count,
    touch: { ...analysis.touch },
    findings,
    bodyLines: analysis.note.bodyLines.map((line) => ({ start: line.noteStart, end: line.noteStart + line.length })),
    ...(list ? { list } : {}),
    ...(analysis.campaign ? { campaign: templateSummary(analysis.campaign, settings.options.countUnit) } : {}),
  };
}

/** The note's findings as diagnostics relative to its start, made when first published. */
function relativeDiagnostics(summary: NoteSummary): Diagnostic[] {
  if (!summary.diagnostics) {
    const relative = TextDocument.create('', 'invite', 0, summary.text);
    summary.diagnostics = summary.findings.map((finding) => toDiagnostic(relative, finding));
  }
  return summary.diagnostics;
}

function place(position: Position, at: Position): Position {
  return position.line === 0
    ? { line: at.line, character: at.character + position.character }
    : { line: at.line + position.line, character: position.character };
}

/** A note's diagnostics at the note's place in the document (reused while that place is unchanged). */
export function placedDiagnostics(document: TextDocument, note: PlacedNote): Diagnostic[] {
  const { summary } = note;
  const at = document.positionAt(note.span.start);
  const placed = summary.placed;
  if (placed && placed.at.line === at.line && placed.at.character === at.character) return placed.diagnostics;
  const diagnostics = relativeDiagnostics(summary).map((d) => ({ ...d, range: { start: place(d.range.start, at), end: place(d.range.end, at) } }));
  summary.placed = { at, diagnostics };
  return diagnostics;
}

/**
 * At most this many diagnostics go in one publish (or pull report): the first ones of the
 * document, then one information diagnostic saying how many more problems there are. A document
 * with more problems than this is generated or pasted, not written, and an unbounded list makes
 * a message of hundreds of megabytes that neither side can handle.
 */
export const MAX_DIAGNOSTICS = 10_000;

export function problemCount(analysed: AnalysedDocument): number {
  let total = 0;
  for (const note of analysed.notes) total += note.summary.findings.length;
  return total;
}

export function documentDiagnostics(document: TextDocument, analysed: AnalysedDocument, max = MAX_DIAGNOSTICS): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const note of analysed.notes) {
    const { findings } = note.summary;
    if (findings.length === 0) continue;
    const room = max - diagnostics.length;
    if (findings.length <= room) {
      diagnostics.push(...placedDiagnostics(document, note));
      continue;
    }
    // Only the first `room` findings of this note, made directly in document positions.
    for (const finding of findings.slice(0, room)) {
      diagnostics.push(toDiagnostic(document, { ...finding, start: note.span.start + finding.start, end: note.span.start + finding.end }));
    }
    const hidden = problemCount(analysed) - diagnostics.length;
    const at = diagnostics.length > 0 ? diagnostics[diagnostics.length - 1].range.end : document.positionAt(note.span.start);
    diagnostics.push({
      range: { start: at, end: at },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: `${hidden.toLocaleString('en-US')} more Invite Lint problems in this document are not shown: at most ${max.toLocaleString('en-US')} are reported at once. Fix these, or split the file, to see the rest.`,
    });
    break;
  }
  return diagnostics;
}

/** The note's parsed form, for the views that need its headers or body. */
export function parsedNote(note: PlacedNote): Note {
  return parseNote(note.summary.text);
}

const RECENT_NOTES = 2_000;

/** Summaries of notes that recently left a document (an undo brings them back), least recent first. */
class RecentNotes {
  private readonly map = new Map<string, NoteSummary>();

  get(text: string, settingsKey: string): NoteSummary | undefined {
    const summary = this.map.get(text);
    if (!summary || summary.settingsKey !== settingsKey) return undefined;
    this.map.delete(text);
    this.map.set(text, summary);
    return summary;
  }

  add(summary: NoteSummary): void {
    this.map.delete(summary.text);
    this.map.set(summary.text, summary);
    if (this.map.size > RECENT_NOTES) this.map.delete(this.map.keys().next().value as string);
  }
}

interface Layout {
  /** The new spans, with the summaries of notes known to be unchanged. */
  notes: { span: NoteSpan; summary?: NoteSummary }[];
  /** The notes that were replaced. */
  replaced: PlacedNote[];
}

function fullLayout(text: string, previous: readonly PlacedNote[]): Layout {
  return { notes: splitNotes(text).map((span) => ({ span })), replaced: [...previous] };
}

/** The index of the last note starting at or before `offset` (0 when none does). */
export function noteIndexAt(notes: readonly PlacedNote[], offset: number): number {
  let low = 0;
  let high = notes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (notes[mid].span.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Re-splits only the notes around the changed region: from the last note starting before it
 * (so its separator line is intact) to the first note whose separator line starts after it.
 */
function incrementalLayout(text: string, previous: readonly PlacedNote[], changes: Changes): Layout {
  if (changes === EVERYTHING || previous.length === 0) return fullLayout(text, previous);
  const oldEnd = changes.to - changes.delta;
  let first = noteIndexAt(previous, changes.from - 1);
  let windowStart = first === 0 ? 0 : previous[first].span.start;
  if (text.startsWith(BOM, windowStart)) [first, windowStart] = [0, 0];
  let next = first + 1;
  while (next < previous.length && previous[next - 1].span.end <= oldEnd) next++;
  const windowEnd = next < previous.length ? previous[next - 1].span.end + changes.delta : text.length;
  const resplit = splitNotes(text.slice(windowStart, windowEnd)).map((span) => ({
    span: { start: span.start + windowStart, end: span.end + windowStart },
  }));
  const shift = (note: PlacedNote) =>
    changes.delta === 0 ? note : { span: { start: note.span.start + changes.delta, end: note.span.end + changes.delta }, summary: note.summary };
  return {
    notes: [...previous.slice(0, first), ...resplit, ...previous.slice(next).map(shift)],
    replaced: previous.slice(first, next),
  };
}

/** Keeps the latest analysis of each open document (one per version and settings). */
export class Analyses {
  private readonly latest = new Map<string, AnalysedDocument>();
  private readonly recent = new RecentNotes();

  constructor(
    private readonly changes: ChangeTracker,
    private readonly lists: ListReader,
  ) {}

  /** A template's summary holds while its list file is unchanged. */
  private fresh(summary: NoteSummary | undefined, uri: string): summary is NoteSummary {
    return summary !== undefined && (!summary.list || this.lists.key(uri, summary.list.value) === summary.list.key);
  }

  get(document: TextDocument, settings: DocumentSettings): AnalysedDocument {
    const known = this.latest.get(document.uri);
    if (known && known.version === document.version && known.settingsKey === settings.key && known.notes.every((note) => this.fresh(note.summary, document.uri))) return known;
    const started = performance.now();
    const text = document.getText();
    const previous = known?.notes ?? [];
    const layout = incrementalLayout(text, previous, this.changes.take(document.uri));
    const sameSettings = known?.settingsKey === settings.key;
    const replaced = new Map(layout.replaced.map(({ summary }) => [summary.text, summary]));
    const notes = layout.notes.map(({ span, summary }) => ({
      span,
      summary: sameSettings && this.fresh(summary, document.uri) ? summary : this.summary(text.slice(span.start, span.end), settings, replaced, document.uri),
    }));
    for (const summary of replaced.values()) this.recent.add(summary);
    const result: AnalysedDocument = {
      uri: document.uri,
      version: document.version,
      settingsKey: settings.key,
      options: settings.options,
      notes,
      // What an edit costs, for coalescing bursts of edits: an open or a settings change re-analyses
      // every note and says nothing about the next keystroke, which must not wait on it.
      cost: known && sameSettings ? performance.now() - started : 0,
    };
    this.latest.set(document.uri, result);
    return result;
  }

  private summary(text: string, settings: DocumentSettings, replaced: Map<string, NoteSummary>, uri: string): NoteSummary {
    const before = replaced.get(text);
    if (before?.settingsKey === settings.key && this.fresh(before, uri)) return before;
    const known = this.recent.get(text, settings.key);
    if (this.fresh(known, uri)) return known;
    const summary = summarize(ownCopy(text), settings, this.lists, uri);
    this.recent.add(summary);
    return summary;
  }

  lastCost(uri: string): number {
    return this.latest.get(uri)?.cost ?? 0;
  }

  forget(uri: string): void {
    const known = this.latest.get(uri);
    for (const note of known?.notes ?? []) this.recent.add(note.summary);
    this.latest.delete(uri);
    this.changes.forget(uri);
  }
}
