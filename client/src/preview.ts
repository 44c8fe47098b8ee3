/**
 * Preview for Recipient: one recipient's note beside its template, read-only, as the server
 * expands and checks it. It follows the template as it is edited and its list as it changes;
 * Next and Previous Recipient step through the list in the same tab.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isChecked, PREVIEW_METHOD, PREVIEW_SCHEME, RECIPIENTS_METHOD, type PreviewAnswer, type RecipientChoice, type RecipientsAnswer } from './protocol';

interface Shown {
  template: vscode.Uri;
  /** The template's index among its document's notes. */
  note: number;
  recipients: RecipientChoice[];
  index: number;
}

export interface PreviewShown {
  uri: string;
  row: number;
}

interface RecipientItem extends vscode.QuickPickItem {
  index: number;
}

export class RecipientPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** By preview URI: one preview per template document. */
  private readonly shown = new Map<string, Shown>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      // The server republishes a template's diagnostics after each edit of it and each change of its
      // list: one refresh then, rather than one more on every keystroke as well.
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.forEach((uri) => this.refresh(uri))),
      // A preview belongs to its template: it closes with it.
      vscode.workspace.onDidCloseTextDocument((document) => this.templateClosed(document.uri)),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const shown = this.shown.get(uri.toString());
    if (!shown) return '# This preview is closed: run "Invite Lint: Preview for Recipient" on the template again.\n';
    const answer = await this.client.sendRequest<PreviewAnswer>(PREVIEW_METHOD, {
      textDocument: { uri: this.client.code2ProtocolConverter.asUri(shown.template) },
      note: shown.note,
      row: shown.recipients[shown.index].row,
    });
    return 'problem' in answer ? `# No preview: ${answer.problem}.\n` : answer.text;
  }

  /** Asks which recipient (unless `row` is given) and shows their note beside the template. */
  async pick(row?: number): Promise<PreviewShown | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isChecked(editor.document)) {
      void vscode.window.showInformationMessage('Invite Lint: open a template (a note with "# recipients: people.csv") to preview it for a recipient.');
      return undefined;
    }
    const answer = await this.client.sendRequest<RecipientsAnswer>(RECIPIENTS_METHOD, {
      textDocument: { uri: this.client.code2ProtocolConverter.asUri(editor.document.uri) },
      position: this.client.code2ProtocolConverter.asPosition(editor.selection.active),
    });
    if ('problem' in answer) {
      void vscode.window.showWarningMessage(`Invite Lint: no preview, ${answer.problem}.`);
      return undefined;
    }
    const index = row === undefined ? await this.choose(answer) : answer.recipients.findIndex((recipient) => recipient.row === row);
    if (index === undefined || index < 0) return undefined;
    return this.show({ template: editor.document.uri, note: answer.note, recipients: answer.recipients, index });
  }

  /** The next (`step` 1) or previous (-1) recipient of the preview beside the active editor. */
  async step(step: number): Promise<PreviewShown | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const key = active && (active.scheme === PREVIEW_SCHEME ? active.toString() : previewUri(active).toString());
    const shown = key === undefined ? undefined : this.shown.get(key);
    if (!shown) {
      void vscode.window.showInformationMessage('Invite Lint: no recipient preview is open for this template; run "Preview for Recipient" first.');
      return undefined;
    }
    const count = shown.recipients.length;
    return this.show({ ...shown, index: (shown.index + step + count) % count });
  }

  private async choose(answer: Exclude<RecipientsAnswer, { problem: string }>): Promise<number | undefined> {
    const items: RecipientItem[] = answer.recipients.map((recipient, index) => ({
      label: recipient.label,
      description: `row ${recipient.row}`,
      detail: recipient.values.filter(Boolean).join(' · '),
      index,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: `Preview for Recipient: ${answer.recipients.length} in ${answer.list}`,
      placeHolder: 'Search by any column',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.index;
  }

  private async show(shown: Shown): Promise<PreviewShown> {
    const uri = previewUri(shown.template);
    const key = uri.toString();
    const open = this.shown.has(key);
    this.shown.set(key, shown);
    if (open) this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return { uri: key, row: shown.recipients[shown.index].row };
  }

  private refresh(uri: vscode.Uri): void {
    if (uri.scheme === PREVIEW_SCHEME) return;
    const preview = previewUri(uri);
    if (this.shown.has(preview.toString())) this.changed.fire(preview);
  }

  private templateClosed(template: vscode.Uri): void {
    if (template.scheme === PREVIEW_SCHEME) return;
    const key = previewUri(template).toString();
    if (!this.shown.delete(key)) return;
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const previews = tabs.filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key);
    if (previews.length > 0) void vscode.window.tabGroups.close(previews);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** One preview tab per template: its name says whose preview it is, its query which template. */
function previewUri(template: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${basename(template.path, '.invite')} (preview).invite`, query: template.toString() });
}
