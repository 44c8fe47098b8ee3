/** The palette commands. Each returns a value, so tests (and other extensions) can check the outcome. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NOTE_SKELETON, PATTERNS, toSnippet, type Pattern } from '../../server/src/core/patterns';
import type { StatusBar } from './statusBar';
import { noteAt } from './notes';
import { FIX_ALL_KIND, isChecked, UNIT_LABELS, type CountUnit, type NoteCounts } from './protocol';

const FIX_ALL = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

function activeInviteEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isChecked(editor.document) ? editor : undefined;
}

async function newInviteEditor(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'invite', content: '' });
  return vscode.window.showTextDocument(doc);
}

interface PatternItem extends vscode.QuickPickItem {
  pattern: Pattern;
}

/** Insert invitation pattern: a quick pick of the four (or the pattern whose id is given). */
export async function insertPattern(id?: string): Promise<string | undefined> {
  let pattern = id ? PATTERNS.find((p) => p.id === id) : undefined;
  if (id && !pattern) throw new Error(`unknown invitation pattern: ${id}`);
  if (!pattern) {
    const items: PatternItem[] = PATTERNS.map((p) => ({ label: p.label, description: p.description, pattern: p }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Insert Invitation Pattern',
      placeHolder: 'Which personal touch does this note have?',
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    pattern = picked.pattern;
  }
  const editor = activeInviteEditor() ?? (await newInviteEditor());
  const { at, prefix } = placeForPattern(editor);
  await editor.insertSnippet(new vscode.SnippetString(escapeSnippet(prefix) + toSnippet(pattern.template)), at);
  return pattern.id;
}

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/**
 * Where a pattern goes, never glued onto text: in a note that already has a body, as a new note
 * after a `---` below it; otherwise on a line of its own at the cursor.
 */
function placeForPattern(editor: vscode.TextEditor): { at: vscode.Position; prefix: string } {
  const doc = editor.document;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const cursor = editor.selection.active;
  const found = noteAt(doc, cursor);
  if (found && found.note.body.trim() !== '') {
    // The note ends where the next separator starts; the new note goes right before that separator (or at the end).
    const end = found.range.end;
    const lastLine = end.character === 0 && end.line > 0 ? end.line - 1 : end.line;
    const at = doc.lineAt(lastLine).range.end;
    return { at, prefix: `${eol}---${eol}` };
  }
  const line = doc.lineAt(cursor.line);
  return line.isEmptyOrWhitespace ? { at: line.range.start, prefix: '' } : { at: line.range.end, prefix: eol };
}

/** New note: the skeleton after a `---` at the end of the current `.invite` file, or in a new one. */
export async function newNote(): Promise<vscode.Uri> {
  const current = activeInviteEditor();
  const editor = current ?? (await newInviteEditor());
  const doc = editor.document;
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const hasText = doc.getText().trim() !== '';
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const lastLineEmpty = doc.lineAt(doc.lineCount - 1).isEmptyOrWhitespace;
  const prefix = hasText ? `${lastLineEmpty ? '' : eol}---${eol}` : '';
  const snippet = new vscode.SnippetString(prefix.replace(/[$}\\]/g, '\\$&') + toSnippet(NOTE_SKELETON.template));
  editor.selection = new vscode.Selection(end, end);
  await editor.insertSnippet(snippet, end);
  editor.revealRange(new vscode.Range(end, end));
  return doc.uri;
}

export interface CopyResult {
  copied: boolean;
  text?: string;
  reason?: string;
}

/** Copy note for LinkedIn: the body under the cursor without comments; refuses when it has an error. */
export async function copyNote(): Promise<CopyResult> {
  const editor = activeInviteEditor();
  if (!editor) return { copied: false, reason: 'no .invite editor' };
  const found = noteAt(editor.document, editor.selection.active);
  if (!found || found.note.body.trim() === '') {
    void vscode.window.showWarningMessage('Invite Lint: there is no note text under the cursor to copy.');
    return { copied: false, reason: 'empty' };
  }
  const errors = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && found.range.intersection(d.range) !== undefined);
  const text = found.note.body;
  if (errors.length > 0) {
    const reason = errors.map((d) => d.message).join(' ');
    // Not awaited: the command answers at once, and the buttons act whenever the writer clicks.
    void vscode.window
      .showWarningMessage(`Invite Lint: not copied: the note has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}. ${reason}`, SHOW_PROBLEM, COPY_ANYWAY)
      .then((choice) => (choice === SHOW_PROBLEM ? showProblem(editor, errors[0]) : choice === COPY_ANYWAY ? copyText(text) : undefined));
    return { copied: false, reason };
  }
  await copyText(text);
  return { copied: true, text };
}

const SHOW_PROBLEM = 'Show the Problem';
const COPY_ANYWAY = 'Copy Anyway';

async function copyText(text: string): Promise<void> {
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(`Invite Lint: copied the note (${text.length} characters)`, 4000);
}

/** The refused note's first error, selected and explained in its hover. */
async function showProblem(editor: vscode.TextEditor, error: vscode.Diagnostic): Promise<void> {
  const shown = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  shown.selection = new vscode.Selection(error.range.start, error.range.start);
  shown.revealRange(error.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
}

export interface FixAllResult {
  fixed: number;
  left: number;
  /** What the user was told. */
  message: string;
}

const ourProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'invite-lint' && d.code !== undefined);

/** The next diagnostics the server publishes for `uri` (or what there is after a few seconds). */
function nextDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const done = () => {
      subscription.dispose();
      clearTimeout(timer);
      resolve(ourProblems(uri));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) done();
    });
    const timer = setTimeout(done, 5000);
  });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Fix all problems: the server's `source.fixAll.invite-lint` action, applied, and what it did said plainly. */
export async function fixAll(): Promise<FixAllResult | undefined> {
  const editor = activeInviteEditor();
  if (!editor) return undefined;
  const doc = editor.document;
  const before = ourProblems(doc.uri);
  const all = new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, FIX_ALL.value)) ?? [];
  const fix = actions.find((a) => a.kind && FIX_ALL.contains(a.kind));
  let after = before;
  if (fix?.edit && fix.edit.size > 0) {
    const published = nextDiagnostics(doc.uri);
    await vscode.workspace.applyEdit(fix.edit);
    after = await published;
  }
  const fixed = Math.max(0, before.length - after.length);
  const first = after[0] ? `: ${after[0].message}${after.length > 1 ? ' …' : ''}` : '';
  const message = fixed === 0 ? `Invite Lint: nothing to fix automatically; ${plural(after.length, 'problem')} left${first}` : `Invite Lint: fixed ${plural(fixed, 'problem')}; ${after.length} left${first}`;
  void vscode.window.showInformationMessage(message);
  return { fixed, left: after.length, message };
}

export function countsMessage(note: NoteCounts): string {
  const units = (Object.keys(UNIT_LABELS) as CountUnit[]).map((u) => `${note.counts[u]} ${UNIT_LABELS[u]}`);
  return `This note: ${units.join(' · ')}. Limit ${note.limit} ${note.unit === 'utf16' ? 'UTF-16 code units' : note.unit}.`;
}

/** The status bar's click: the counts in every unit, one row each in a quick pick, so that nothing is cut off. */
export function showCounts(statusBar: StatusBar): string | undefined {
  const note = statusBar.noteUnderCursor();
  if (!note) {
    void vscode.window.showInformationMessage('Invite Lint: no note under the cursor.');
    return undefined;
  }
  const items = (Object.keys(UNIT_LABELS) as CountUnit[]).map((unit) => ({
    label: unit === note.unit ? `${note.counts[unit]} / ${note.limit}` : String(note.counts[unit]),
    description: UNIT_LABELS[unit],
    detail: unit === note.unit ? (note.count > note.limit ? `${note.count - note.limit} over the limit` : `${note.limit - note.count} left`) : undefined,
  }));
  void vscode.window.showQuickPick(items, { title: `Character counts of this note (the limit is ${note.limit} ${UNIT_LABELS[note.unit]})` });
  return countsMessage(note);
}

export function showOutput(client: LanguageClient): void {
  client.outputChannel.show(true);
}
