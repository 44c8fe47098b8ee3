// A pattern rewrite in the real VS Code: chosen from the code actions, it replaces the stock
// sentence with the pattern as a snippet, its first slot selected for typing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, find, open, revertAndClose } from './helpers';

afterEach(revertAndClose);

describe('pattern rewrites', () => {
  it('insert the pattern as a snippet with tab stops, header values filled in', async () => {
    const editor = await open('generic.invite');
    const doc = editor.document;
    const stockSentence = "I'd like to add you to my professional network on LinkedIn.";
    await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'generic-invite'), 'generic-invite');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, find(doc, stockSentence), vscode.CodeActionKind.RefactorRewrite.value);
    const rewrite = actions.find((action) => action.title === 'Rewrite with the "We may have met" pattern');
    assert.ok(rewrite?.edit, 'the rewrite is an edit');
    await vscode.workspace.applyEdit(rewrite.edit);
    const text = doc.getText();
    assert.ok(!text.includes(stockSentence), 'the stock sentence is replaced');
    assert.ok(text.includes("I'm a friend of Jane Roe's, and I work as a [role] in [city]."), text);
    // The snippet session starts at the first slot, the mutual contact from the header.
    assert.strictEqual(doc.getText(editor.selection), 'Jane Roe');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(doc.getText(editor.selection), '[role]', 'Tab moves to the next visible slot');
  });
});
