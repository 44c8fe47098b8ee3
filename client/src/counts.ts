/**
 * Keeps the latest `inviteLint/noteCounts` result per document, asking the server again when a
 * document changes (debounced) or its diagnostics are republished, and tells listeners.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isChecked, NOTE_COUNTS_METHOD, type NoteCounts } from './protocol';

export interface CountsEntry {
  version: number;
  notes: NoteCounts[];
}

const DEBOUNCE_MS = 120;

export class CountsTracker implements vscode.Disposable {
  private readonly entries = new Map<string, CountsEntry>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  readonly onDidChange = this.emitter.event;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.ensure(e.document))),
      // The server publishes diagnostics after each analysis: the counts are fresh then too.
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (doc) this.schedule(doc, 0);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('inviteLint')) for (const d of vscode.workspace.textDocuments) this.schedule(d, DEBOUNCE_MS);
      }),
    );
    for (const editor of vscode.window.visibleTextEditors) this.ensure(editor.document);
  }

  get(doc: vscode.TextDocument): CountsEntry | undefined {
    return this.entries.get(doc.uri.toString());
  }

  /** Requests counts unless the stored ones are for this version. */
  ensure(doc: vscode.TextDocument): void {
    if (!isChecked(doc)) return;
    const entry = this.get(doc);
    if (!entry || entry.version !== doc.version) this.schedule(doc, 0);
  }

  schedule(doc: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    if (!isChecked(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.request(doc);
    }, delay));
  }

  private async request(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (doc.isClosed || !this.client.isRunning()) return;
    const version = doc.version;
    if (this.inFlight.get(key) === version) return;
    this.inFlight.set(key, version);
    try {
      const notes = await this.client.sendRequest<NoteCounts[] | null>(NOTE_COUNTS_METHOD, {
        textDocument: { uri: this.client.code2ProtocolConverter.asUri(doc.uri) },
      });
      if (doc.isClosed) return;
      if (doc.version !== version) {
        this.schedule(doc);
        return;
      }
      this.entries.set(key, { version, notes: notes ?? [] });
      this.emitter.fire(doc);
    } catch (error) {
      // The server may be restarting or not know the document yet; the next event asks again.
      this.client.debug?.(`noteCounts failed for ${key}: ${String(error)}`);
    } finally {
      if (this.inFlight.get(key) === version) this.inFlight.delete(key);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.entries.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

