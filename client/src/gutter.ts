/**
 * The character-count gutter: beside every body line, the note's running count at the end of
 * that line, as a small generated SVG coloured green, amber (from 90 % of the limit) or red
 * (past it). One decoration type per (count, level), cached; the SVGs are data: URIs, so nothing
 * is written to disk. Light and dark themes get their own shades. The line under the cursor is left
 * blank: VS Code draws its light bulb in the gutter only where the gutter is free, and over the
 * line's first letter otherwise (the status bar and the lens show that note's count meanwhile).
 */
import * as vscode from 'vscode';
import type { CountsTracker } from './counts';
import { level, type Level, type NoteCounts } from './protocol';

const COLOURS: Record<Level, { light: string; dark: string }> = {
  ok: { light: '#1a7f37', dark: '#3fb950' },
  near: { light: '#9a6700', dark: '#d29922' },
  over: { light: '#cf222e', dark: '#f85149' },
};

export function gutterSvg(count: number, colour: string): string {
  const text = String(count);
  const size = text.length > 3 ? 9 : 11;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="16" viewBox="0 0 24 16">` +
    `<text x="23" y="12" text-anchor="end" font-family="-apple-system,'Segoe UI',Ubuntu,sans-serif" ` +
    `font-size="${size}" font-weight="600" fill="${colour}">${text}</text></svg>`
  );
}

export function svgUri(svg: string): vscode.Uri {
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}

/** What the gutter shows for one editor: line → count and level (exported for tests). */
export interface GutterLine {
  line: number;
  count: number;
  level: Level;
}

export function gutterLines(notes: readonly NoteCounts[]): GutterLine[] {
  return notes.flatMap((n) => n.lines.map((l) => ({ line: l.line, count: l.count, level: level(l.count, n.limit) })));
}

const MAX_CACHED_TYPES = 400;

export class Gutter implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** Keys of the types each editor currently uses. */
  private readonly used = new Map<vscode.TextEditor, Set<string>>();
  private readonly shown = new Map<string, GutterLine[]>();
  /** The line each editor's cursor was on when its gutter was last drawn. */
  private readonly cursorLines = new Map<vscode.TextEditor, number>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly counts: CountsTracker) {
    this.disposables.push(
      counts.onDidChange((doc) => this.refreshDocument(doc)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
        if (this.cursorLines.get(textEditor) !== textEditor.selection.active.line) this.refreshEditor(textEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('inviteLint.gutter')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /** The lines the gutter shows for a document (for tests and the status bar's detail). */
  linesFor(uri: vscode.Uri): GutterLine[] {
    return this.shown.get(uri.toString()) ?? [];
  }

  private enabled(doc: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('inviteLint', doc).get<boolean>('gutter', true);
  }

  private type(count: number, lvl: Level): vscode.TextEditorDecorationType {
    const key = `${lvl}:${count}`;
    let type = this.types.get(key);
    if (!type) {
      if (this.types.size >= MAX_CACHED_TYPES) this.evictUnused();
      type = vscode.window.createTextEditorDecorationType({
        gutterIconSize: 'contain',
        light: { gutterIconPath: svgUri(gutterSvg(count, COLOURS[lvl].light)) },
        dark: { gutterIconPath: svgUri(gutterSvg(count, COLOURS[lvl].dark)) },
      });
      this.types.set(key, type);
    }
    return type;
  }

  private evictUnused(): void {
    const inUse = new Set([...this.used.values()].flatMap((s) => [...s]));
    for (const [key, type] of this.types) {
      if (!inUse.has(key)) {
        type.dispose();
        this.types.delete(key);
      }
    }
  }

  refreshAll(): void {
    for (const editor of [...this.used.keys()]) {
      if (!vscode.window.visibleTextEditors.includes(editor)) {
        this.used.delete(editor);
        this.cursorLines.delete(editor);
      }
    }
    for (const editor of vscode.window.visibleTextEditors) this.refreshEditor(editor);
  }

  private refreshDocument(doc: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.refreshEditor(editor);
  }

  private refreshEditor(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (doc.languageId !== 'invite') return;
    const entry = this.counts.get(doc);
    const lines = entry && this.enabled(doc) ? gutterLines(entry.notes) : [];
    const cursor = editor.selection.active.line;
    this.cursorLines.set(editor, cursor);
    const byKey = new Map<string, vscode.Range[]>();
    for (const l of lines) {
      if (l.line >= doc.lineCount || l.line === cursor) continue;
      const key = `${l.level}:${l.count}`;
      this.type(l.count, l.level);
      const ranges = byKey.get(key) ?? [];
      ranges.push(new vscode.Range(l.line, 0, l.line, 0));
      byKey.set(key, ranges);
    }
    const before = this.used.get(editor) ?? new Set<string>();
    for (const key of before) if (!byKey.has(key)) editor.setDecorations(this.types.get(key)!, []);
    for (const [key, ranges] of byKey) editor.setDecorations(this.types.get(key)!, ranges);
    this.used.set(editor, new Set(byKey.keys()));
    this.shown.set(doc.uri.toString(), lines);
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
