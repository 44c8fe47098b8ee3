/** `Invite 143/200` in the status bar for the note under the cursor; red when over, amber near. */
import * as vscode from 'vscode';
import type { CountsTracker } from './counts';
import { countsAtLine } from './notes';
import { level, type NoteCounts } from './protocol';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('inviteLint.count', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** The counts the item currently shows. */
  current: NoteCounts | undefined;
  /** Whether the item is shown (StatusBarItem has no getter for it). */
  visible = false;

  constructor(private readonly counts: CountsTracker) {
    this.item.name = 'Invite Lint character count';
    this.item.command = 'inviteLint.showCounts';
    this.disposables.push(
      counts.onDidChange((doc) => {
        if (vscode.window.activeTextEditor?.document === doc) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('inviteLint.statusBar')) this.update();
      }),
    );
    this.update();
  }

  /** The counts of the note under the cursor of the active `.invite` editor (whether or not the item is shown). */
  noteUnderCursor(): NoteCounts | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'invite') return undefined;
    const entry = this.counts.get(editor.document);
    return entry ? countsAtLine(editor.document, entry.notes, editor.selection.active.line) : undefined;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    const enabled = doc?.languageId === 'invite' && vscode.workspace.getConfiguration('inviteLint', doc).get<boolean>('statusBar', true);
    const entry = enabled && doc ? this.counts.get(doc) : undefined;
    const note = entry && editor ? countsAtLine(editor.document, entry.notes, editor.selection.active.line) : undefined;
    this.current = note;
    if (!enabled || !entry) {
      this.item.hide();
      this.visible = false;
      return;
    }
    if (!note) {
      this.item.text = 'Invite –';
      this.item.tooltip = 'No note under the cursor';
      this.item.backgroundColor = undefined;
      this.item.color = undefined;
      this.item.show();
    this.visible = true;
      return;
    }
    const lvl = level(note.count, note.limit);
    this.item.text = `Invite ${note.count}/${note.limit}`;
    this.item.backgroundColor =
      lvl === 'over' ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : lvl === 'near' ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.color =
      lvl === 'over' ? new vscode.ThemeColor('statusBarItem.errorForeground')
      : lvl === 'near' ? new vscode.ThemeColor('statusBarItem.warningForeground')
      : undefined;
    const left = note.limit - note.count;
    this.item.tooltip = new vscode.MarkdownString(
      `**${note.count} of ${note.limit}** ${note.unit === 'utf16' ? 'characters' : note.unit} — ` +
        (left >= 0 ? `${left} left` : `${-left} over the limit`) + '\n\nClick for the counts in every unit.',
    );
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
