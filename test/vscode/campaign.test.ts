// A template in the real VS Code: its variables on hover, its columns inside "{{", and the
// recipient preview beside it, which follows the template as it is edited.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PreviewShown } from '../../client/src/preview';
import { diagnosticsWhere, find, open, revertAndClose } from './helpers';

afterEach(revertAndClose);

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

/** Resolves once the preview document's text satisfies `accept`, checked on every change of it. */
function previewWhere(uri: string, accept: (text: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    const check = (doc: vscode.TextDocument) => {
      if (doc.uri.toString() !== uri || !accept(doc.getText())) return;
      subscription.dispose();
      resolve(doc.getText());
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => check(event.document));
    for (const doc of vscode.workspace.textDocuments) check(doc);
  });
}

describe('templates', () => {
  it('hovers a variable with its values and completes column names inside {{', async () => {
    const editor = await open('campaign.invite');
    const doc = editor.document;
    await diagnosticsWhere(doc.uri, (d) => d.some((x) => /could go to anyone|no value/i.test(x.message)), 'the template is checked against its list');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, find(doc, '{{company}}').start.translate(0, 3));
    assert.match(hoverText(hovers), /reads the column "Company" of campaign\.csv/);
    assert.match(hoverText(hovers), /Shortest: "Globex" \(row 3, 6\)/);
    const at = find(doc, '{{first_name}}').start.translate(0, 2);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at, '{');
    assert.deepStrictEqual(completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).sort(), ['company', 'first_name', 'met']);
  });

  it('previews a recipient beside the template, follows edits, and steps to the next recipient', async () => {
    const editor = await open('campaign.invite');
    const shown = await vscode.commands.executeCommand<PreviewShown>('inviteLint.previewRecipient', 3);
    assert.strictEqual(shown.row, 3);
    const first = await previewWhere(shown.uri, (text) => text.includes('Hi Bo,'));
    assert.match(first, /^# preview: row 3 of campaign\.csv · Bo\n# check: \d+\/200 · ✗ could go to anyone/);
    assert.match(first, /good to meet you at the meetup\. /, 'the fallback fills the empty column');
    const preview = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === shown.uri);
    assert.ok(preview, 'the preview is visible');
    assert.notStrictEqual(preview.viewColumn, editor.viewColumn, 'beside the template');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the template keeps the focus');

    await editor.edit((edit) => edit.replace(find(editor.document, 'the meetup'), 'the Lisbon design systems meetup'));
    await previewWhere(shown.uri, (text) => text.includes('at the Lisbon design systems meetup.') && text.includes('✓ personal'));

    const next = await vscode.commands.executeCommand<PreviewShown>('inviteLint.nextRecipient');
    assert.strictEqual(next.uri, shown.uri, 'the same tab shows the next recipient');
    assert.strictEqual(next.row, 4);
    await previewWhere(shown.uri, (text) => text.includes('Hi Priya,'));
    const back = await vscode.commands.executeCommand<PreviewShown>('inviteLint.previousRecipient');
    assert.strictEqual(back.row, 3);
  });

  it('re-checks the template while its list is edited, before the list is saved', async () => {
    const template = (await open('campaign.invite')).document;
    await diagnosticsWhere(template.uri, (d) => d.some((x) => /could go to anyone/i.test(x.message)), 'Bo has no way you met');
    const list = await open('campaign.csv');
    await list.edit((edit) => edit.replace(find(list.document, 'Bo,Globex,'), 'Bo,Globex,the Oslo accessibility meetup'));
    assert.ok(list.document.isDirty, 'the list is not saved');
    await diagnosticsWhere(template.uri, (d) => !d.some((x) => /could go to anyone/i.test(x.message)), 'the unsaved row counts');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(list.document.uri), [], 'the list itself is never checked as a note');
  });
});
