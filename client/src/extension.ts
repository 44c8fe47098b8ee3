/**
 * Invite Lint for VS Code: starts the language server (dist/server.js) over IPC for `.invite`
 * documents and adds what only an editor can show: the count gutter, the status bar item and
 * the palette commands. Everything about findings comes from the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { copyNote, fixAll, insertPattern, newNote, showCounts, showOutput } from './commands';
import { CountsTracker } from './counts';
import { Gutter } from './gutter';
import { StatusBar } from './statusBar';
import { RecipientPreviews } from './preview';
import { SYNCED_DOCUMENTS } from './protocol';

let client: LanguageClient | undefined;

/** What `activate` returns: handles for the integration tests. */
export interface InviteLintApi {
  client: LanguageClient;
  counts: CountsTracker;
  gutter: Gutter;
  statusBar: StatusBar;
}

export async function activate(context: vscode.ExtensionContext): Promise<InviteLintApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Invite Lint', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: SYNCED_DOCUMENTS,
    synchronize: { configurationSection: 'inviteLint' },
    outputChannel,
  };
  client = new LanguageClient('inviteLint', 'Invite Lint', serverOptions, clientOptions);
  const counts = new CountsTracker(client);
  const gutter = new Gutter(counts);
  const statusBar = new StatusBar(counts);
  const previews = new RecipientPreviews(client);
  const lc = client;
  context.subscriptions.push(
    outputChannel,
    counts,
    gutter,
    statusBar,
    previews,
    vscode.commands.registerCommand('inviteLint.previewRecipient', (row?: number) => previews.pick(typeof row === 'number' ? row : undefined)),
    vscode.commands.registerCommand('inviteLint.nextRecipient', () => previews.step(1)),
    vscode.commands.registerCommand('inviteLint.previousRecipient', () => previews.step(-1)),
    vscode.commands.registerCommand('inviteLint.insertPattern', (id?: string) => insertPattern(typeof id === 'string' ? id : undefined)),
    vscode.commands.registerCommand('inviteLint.newNote', () => newNote()),
    vscode.commands.registerCommand('inviteLint.copyNote', () => copyNote()),
    vscode.commands.registerCommand('inviteLint.fixAll', () => fixAll()),
    vscode.commands.registerCommand('inviteLint.showCounts', () => showCounts(statusBar)),
    vscode.commands.registerCommand('inviteLint.showOutput', () => showOutput(lc)),
  );
  try {
    await client.start();
  } catch (error) {
    outputChannel.appendLine(`Could not start the Invite Lint language server: ${String(error)}`);
    void vscode.window.showErrorMessage('Invite Lint: the language server did not start. See the "Invite Lint" output.');
  }
  for (const editor of vscode.window.visibleTextEditors) counts.ensure(editor.document);
  return { client, counts, gutter, statusBar };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
