/** Pushes diagnostics: when to check a document, and never a stale or repeated publish. */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentDiagnostics, type Analyses } from './analysis';
import type { SettingsCache } from './settings';
import { isListDocument } from './lists';
import type { PositionCodec } from './encoding';

/** Documents above this size whose last analysis was expensive get their bursts of edits coalesced. */
const LARGE_DOCUMENT = 200_000;
const EXPENSIVE_MS = 50;
const MAX_DELAY_MS = 250;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class Publisher {
  /** Bumped on every settings change: a publish for an older generation is stale. */
  generation = 0;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per document, the version and settings generation last published (`version:generation`). */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly settings: SettingsCache,
    /** Clients that pull diagnostics get none pushed. */
    private readonly pulls: () => boolean,
    private readonly codec: () => PositionCodec,
  ) {}

  /** No delay for ordinary documents; per-document coalescing when analysis is expensive. */
  schedule(document: TextDocument): void {
    if (isListDocument(document)) return;
    const uri = document.uri;
    this.cancel(uri);
    const cost = this.analyses.lastCost(uri);
    if (document.getText().length > LARGE_DOCUMENT && cost > EXPENSIVE_MS) {
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri);
          this.run(uri);
        }, Math.min(MAX_DELAY_MS, cost)),
      );
    } else {
      this.run(uri);
    }
  }

  /** A settings change: every open document is checked again. */
  refreshAll(): void {
    this.generation++;
    this.settings.clear();
    for (const document of this.documents.all()) this.schedule(document);
  }

  close(uri: string): void {
    this.cancel(uri);
    this.published.delete(uri);
    if (!this.pulls()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
  }

  private run(uri: string): void {
    this.validate(uri).catch((error) => this.connection.console.error(`Invite Lint: checking ${uri} failed: ${errorMessage(error)}`));
  }

  private async validate(uri: string): Promise<void> {
    if (this.pulls()) return;
    const document = this.documents.get(uri);
    if (!document) return;
    const generation = this.generation;
    const documentSettings = this.settings.peek(uri) ?? (await this.settings.get(uri));
    const current = this.documents.get(uri);
    // A newer version, or new settings, have their own validation queued; never publish for stale ones.
    if (!current || current.version !== document.version || generation !== this.generation) return;
    // Once per version and settings state, however many validations were queued for it.
    const state = `${current.version}:${generation}`;
    if (this.published.get(uri) === state) return;
    const analysed = this.analyses.get(current, documentSettings);
    this.published.set(uri, state);
    await this.connection.sendDiagnostics({ uri, version: current.version, diagnostics: this.codec().resultToClient(current, documentDiagnostics(current, analysed)) });
  }
}
