/**
 * Per-document analysis with a shared, bounded cache of note analyses keyed by note text and
 * options, so an edit in a file of 10,000 notes re-analyses only the notes that changed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, analyzeNote, RULES, type DocumentAnalysis, type NoteAnalysis, type Options } from '../core';
import type { DocumentSettings } from './settings';

/**
 * A note is at most a few hundred characters. Text far past that (a pasted log, a binary file) is
 * only checked for length: some rules cost time in proportion to matches times length there.
 */
export const MAX_NOTE_TEXT = 10_000;

function lengthOnly(options: Options): Options {
  const rules = { ...options.rules };
  for (const rule of RULES) if (rule.id !== 'too-long') rules[rule.id] = 'off';
  return { ...options, rules };
}

export class NoteCache {
  private readonly map = new Map<string, NoteAnalysis>();
  private readonly optionIds = new Map<string, number>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 20_000) {}

  analyzer(settings: DocumentSettings): (text: string, options: Options) => NoteAnalysis {
    let id = this.optionIds.get(settings.key);
    if (id === undefined) {
      id = this.optionIds.size;
      this.optionIds.set(settings.key, id);
    }
    const prefix = `${id}\u0000`;
    return (text, options) => {
      const key = prefix + text;
      const cached = this.map.get(key);
      if (cached) {
        this.hits++;
        // Refresh the entry's place in the insertion order (least recently used goes first).
        this.map.delete(key);
        this.map.set(key, cached);
        return cached;
      }
      this.misses++;
      // A copy that does not keep the whole document text alive (a slice of it would).
      const own = Buffer.from(text, 'utf16le').toString('utf16le');
      const analysis = analyzeNote(own, own.length > MAX_NOTE_TEXT ? lengthOnly(options) : options);
      this.map.set(prefix + own, analysis);
      if (this.map.size > this.capacity) {
        const oldest = this.map.keys().next().value;
        if (oldest !== undefined) this.map.delete(oldest);
      }
      return analysis;
    };
  }

  clear(): void {
    this.map.clear();
  }
}

export interface AnalysedDocument {
  uri: string;
  version: number;
  settingsKey: string;
  options: Options;
  analysis: DocumentAnalysis;
  /** Milliseconds the analysis took. */
  cost: number;
}

/** Keeps the latest analysis of each open document (one per version and settings). */
export class Analyses {
  private readonly latest = new Map<string, AnalysedDocument>();

  constructor(private readonly notes: NoteCache) {}

  get(document: TextDocument, settings: DocumentSettings): AnalysedDocument {
    const known = this.latest.get(document.uri);
    if (known && known.version === document.version && known.settingsKey === settings.key) return known;
    const started = performance.now();
    const analysis = analyzeDocument(document.getText(), settings.options, this.notes.analyzer(settings));
    const result: AnalysedDocument = {
      uri: document.uri,
      version: document.version,
      settingsKey: settings.key,
      options: settings.options,
      analysis,
      cost: performance.now() - started,
    };
    this.latest.set(document.uri, result);
    return result;
  }

  lastCost(uri: string): number {
    return this.latest.get(uri)?.cost ?? 0;
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }
}
