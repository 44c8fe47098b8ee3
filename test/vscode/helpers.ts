import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'invite-lint.invite-lint';
export const SOURCE = 'invite-lint';

/** Polls `fn` until it returns something other than undefined (for state no event reports). */
export async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 20000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/**
 * Resolves with the document's diagnostics once `accept` holds: checked now and on every
 * `onDidChangeDiagnostics` for the document (no sleeps).
 */
export function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (diags: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = 20000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diags = ours(uri);
      if (!accept(diags)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(diags);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const got = ours(uri).map((d) => `${d.code}: ${d.message}`);
      reject(new Error(`timed out waiting for ${what} on ${uri.path}; have ${JSON.stringify(got)}`));
    }, timeoutMs);
    check();
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc);
}

/** Position of the first occurrence of `text` in the document (tests never hard-code offsets). */
export function find(doc: vscode.TextDocument, text: string): vscode.Range {
  const offset = doc.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + text.length));
}

/** Reverts and closes every editor (untitled ones are discarded), so no save prompt can block. */
export async function revertAndClose(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs)[0];
    const input = tab.input as { uri?: vscode.Uri } | undefined;
    if (input?.uri) await vscode.window.showTextDocument(input.uri, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
