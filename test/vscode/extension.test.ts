// The extension in a real VS Code extension host, talking to the real language server.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyzeDocument, countText, DEFAULT_OPTIONS, parseNote, PATTERNS, splitNotes } from '../../server/src/core';
import type { InviteLintApi } from '../../client/src/extension';
import { codeOf, diagnosticsWhere, EXTENSION_ID, find, open, ours, revertAndClose, waitFor } from './helpers';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
let api: InviteLintApi;

/** Expected counts per note, computed by the engine from the document text. */
function engineCounts(doc: vscode.TextDocument): { count: number; lastLine: number }[] {
  const text = doc.getText();
  return splitNotes(text).flatMap((span) => {
    const note = parseNote(text.slice(span.start, span.end));
    if (note.bodyLines.length === 0) return [];
    const last = note.bodyLines[note.bodyLines.length - 1];
    return [{ count: countText(note.body, 'utf16'), lastLine: doc.positionAt(span.start + last.noteStart).line }];
  });
}

before(async () => {
  const ext = vscode.extensions.getExtension<InviteLintApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  await open('clean.invite'); // activation happens on the language, not on a command
  api = await waitFor('activation', () => (ext.isActive ? ext.exports : undefined));
  await waitFor('language server', () => (api.client.isRunning() ? true : undefined));
});

afterEach(revertAndClose);

describe('writing prose', () => {
  it('wraps lines, hides the minimap and opens no suggestions while typing, for .invite files only', async () => {
    const editor = await open('clean.invite');
    const forInvite = vscode.workspace.getConfiguration('editor', editor.document);
    assert.strictEqual(forInvite.get('wordWrap'), 'on');
    assert.strictEqual(forInvite.get('minimap.enabled'), false);
    assert.deepStrictEqual(forInvite.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.strictEqual(forInvite.get('wordBasedSuggestions'), 'off');
    // The gutter, the code lens and the status bar show the count; the inline [n] hints only while Ctrl+Alt is held.
    assert.strictEqual(forInvite.get('inlayHints.enabled'), 'offUnlessPressed');
    const elsewhere = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.notStrictEqual(elsewhere.get('wordWrap'), 'on', 'other languages keep their own defaults');
  });
});

describe('language and activation', () => {
  it('gives *.invite the language "invite" and activates on it', async () => {
    const editor = await open('clean.invite');
    assert.strictEqual(editor.document.languageId, 'invite');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.strictEqual(ext.isActive, true);
    assert.deepStrictEqual(ext.packageJSON.activationEvents, ['onLanguage:invite']);
    console.log(`      host: node ${process.version}, VS Code ${vscode.version}, uiKind ${vscode.env.uiKind}`);
  });

  it('contributes the commands under the "Invite Lint" category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['insertPattern', 'newNote', 'copyNote', 'fixAll', 'showOutput', 'showCounts', 'previewRecipient', 'nextRecipient', 'previousRecipient']) {
      assert.ok(all.includes(`inviteLint.${id}`), `inviteLint.${id} is registered`);
    }
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    for (const c of ext.packageJSON.contributes.commands) assert.strictEqual(c.category, 'Invite Lint');
  });
});

describe('diagnostics and quick fixes from the server', () => {
  it('reports LinkedIn\'s stock sentence as generic-invite', async () => {
    const { document: doc } = await open('generic.invite');
    const diags = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'generic-invite'), 'generic-invite');
    const d = diags.find((x) => codeOf(x) === 'generic-invite')!;
    assert.strictEqual(d.source, 'invite-lint');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(d.range.intersection(find(doc, STOCK)), 'the squiggle is on the stock sentence');
  });

  it('removes the stock sentence with the quick fix', async () => {
    const { document: doc } = await open('generic.invite');
    const diags = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'generic-invite'));
    const diag = diags.find((x) => codeOf(x) === 'generic-invite')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Remove the generic sentence');
    assert.ok(fix?.edit, `quick fix offered (got ${actions.map((a) => a.title).join(' | ')})`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes(STOCK));
    assert.ok(doc.getText().includes('We met at the Denver product meetup'), 'the personal line stays');
    await diagnosticsWhere(doc.uri, (d) => d.length === 0, 'no diagnostics after the fix');
  });

  it('reports an unfilled placeholder as an error', async () => {
    const { document: doc } = await open('placeholder.invite');
    const diags = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    const d = diags.find((x) => codeOf(x) === 'placeholder')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.range.isEqual(find(doc, 'so-and-so')));
  });

  it('re-checks as you type', async () => {
    const editor = await open('clean.invite');
    const doc = editor.document;
    await diagnosticsWhere(doc.uri, (d) => d.length === 0);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, ` ${STOCK}`));
    await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'generic-invite'), 'a new diagnostic after typing');
  });
});

describe('status bar', () => {
  it('shows "Invite count/limit" for the note under the cursor, red when over', async () => {
    const editor = await open('notes.invite');
    const doc = editor.document;
    const [first, second] = engineCounts(doc);
    assert.ok(first.count > 200 && second.count < 180, 'fixture: first note over, second well under');
    const at = (text: string) => {
      const pos = find(doc, text).start;
      editor.selection = new vscode.Selection(pos, pos);
    };
    at('research interviews');
    await waitFor('status bar for note 1', () => (api.statusBar.item.text === `Invite ${first.count}/200` ? true : undefined));
    assert.strictEqual((api.statusBar.item.backgroundColor as unknown as { id: string }).id, 'statusBarItem.errorBackground');
    assert.strictEqual(api.statusBar.item.command, 'inviteLint.showCounts');
    at('# mutual: Jane Roe'); // a header line counts as its note
    await waitFor('status bar for note 2', () => (api.statusBar.item.text === `Invite ${second.count}/200` ? true : undefined));
    assert.strictEqual(api.statusBar.item.backgroundColor, undefined);
    assert.strictEqual(api.statusBar.visible, true);
  });

  it('the click shows the counts in every unit', async () => {
    const editor = await open('clean.invite');
    const pos = find(editor.document, 'onboarding').start;
    editor.selection = new vscode.Selection(pos, pos);
    await waitFor('status bar', () => (api.statusBar.current ? true : undefined));
    const message = await vscode.commands.executeCommand<string>('inviteLint.showCounts');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const [{ count }] = engineCounts(editor.document);
    assert.match(message, new RegExp(`${count} UTF-16 code units`));
    assert.match(message, /code points/);
    assert.match(message, /graphemes/);
  });

  it('can be turned off with inviteLint.statusBar', async () => {
    await open('clean.invite');
    await waitFor('status bar shown', () => (api.statusBar.visible ? true : undefined));
    const config = vscode.workspace.getConfiguration('inviteLint');
    await config.update('statusBar', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('status bar hidden', () => (!api.statusBar.visible ? true : undefined));
      const message = await vscode.commands.executeCommand<string>('inviteLint.showCounts');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.match(message, /UTF-16 code units/, 'Show Character Counts still works from the palette');
    } finally {
      await config.update('statusBar', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('status bar back', () => (api.statusBar.visible ? true : undefined));
  });
});

describe('count gutter', () => {
  it('shows the running count beside every body line, coloured by the limit', async () => {
    const editor = await open('notes.invite');
    const doc = editor.document;
    const expected = engineCounts(doc);
    const lines = await waitFor('gutter', () => {
      const l = api.gutter.linesFor(doc.uri);
      return l.length > 0 ? l : undefined;
    });
    const bodyLines = doc.getText().split('\n').map((t, i) => ({ t, i })).filter(({ t }) => t !== '' && !t.startsWith('#') && t !== '---');
    assert.deepStrictEqual(lines.map((l) => l.line), bodyLines.map((l) => l.i), 'one count per body line');
    for (const e of expected) {
      const l = lines.find((x) => x.line === e.lastLine)!;
      assert.strictEqual(l.count, e.count, `running count at the end of line ${e.lastLine}`);
    }
    assert.strictEqual(lines.find((l) => l.line === expected[0].lastLine)!.level, 'over');
    assert.strictEqual(lines.find((l) => l.line === expected[1].lastLine)!.level, 'ok');
    assert.strictEqual(lines[0].level, 'ok', 'the first line of the long note is still under the limit');
    // Amber from 90 %: some line of the long note lands between 180 and 200, or none does.
    for (const l of lines) if (l.count >= 180 && l.count <= 200) assert.strictEqual(l.level, 'near');
  });

  it('updates as you type', async () => {
    const editor = await open('notes.invite');
    const doc = editor.document;
    const last = engineCounts(doc)[1];
    await waitFor('gutter', () => (api.gutter.linesFor(doc.uri).some((l) => l.line === last.lastLine && l.count === last.count) ? true : undefined));
    const end = doc.lineAt(last.lastLine).range.end;
    await editor.edit((e) => e.insert(end, ' Thanks!'));
    await waitFor('gutter after typing', () =>
      api.gutter.linesFor(doc.uri).some((l) => l.line === last.lastLine && l.count === last.count + 8) ? true : undefined);
  });

  it('can be turned off with inviteLint.gutter', async () => {
    const { document: doc } = await open('notes.invite');
    await waitFor('gutter', () => (api.gutter.linesFor(doc.uri).length > 0 ? true : undefined));
    const config = vscode.workspace.getConfiguration('inviteLint');
    await config.update('gutter', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('gutter off', () => (api.gutter.linesFor(doc.uri).length === 0 ? true : undefined));
    } finally {
      await config.update('gutter', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('gutter back', () => (api.gutter.linesFor(doc.uri).length > 0 ? true : undefined));
  });
});

/** Realistic values for the snippets' tab stops, by placeholder name. */
const VALUES: Record<string, string> = {
  mutual: 'Jane Roe', role: 'product designer', city: 'Denver', field: 'product design', group: 'Product Denver',
  topic: 'onboarding', event: 'the Denver product meetup', to: 'Priya Shah',
};

interface Variant { name: string; snippet: string; text: string }

/** Every snippet of the contributed file with realistic values as the defaults of its visible [slots]. */
async function snippetVariants(): Promise<Variant[]> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const contributed = ext.packageJSON.contributes.snippets[0].path as string;
  const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, contributed));
  const file = JSON.parse(Buffer.from(raw).toString('utf8')) as Record<string, { body: string[] | string }>;
  return Object.entries(file).map(([name, def]) => {
    const body = Array.isArray(def.body) ? def.body.join('\n') : def.body;
    assert.ok(!/\$\{\d+\|/.test(body), `${name}: plain placeholders only, no choice lists`);
    const snippet = body.replace(/\$\{(\d+):\[(\w+)\]\}/g, (_m, n: string, slot: string) => {
      assert.ok(VALUES[slot], `a realistic value for the tab stop "${slot}" in "${name}"`);
      return `\${${n}:${VALUES[slot]}}`;
    });
    const values = new Map<string, string>();
    const text = snippet
      .replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, value: string) => {
        values.set(n, value);
        return value;
      })
      .replace(/\$(\d+)/g, (_m, n: string) => values.get(n) ?? '')
      .replace(/\\([$}\\])/g, '$1');
    return { name, snippet, text };
  });
}

describe('snippets', () => {
  it('every snippet, filled with realistic values, is a clean note within 200 characters (engine)', async () => {
    const variants = await snippetVariants();
    assert.strictEqual(variants.length, 5, 'four patterns and the skeleton');
    for (const v of variants) {
      const analysis = analyzeDocument(v.text, DEFAULT_OPTIONS);
      assert.deepStrictEqual(analysis.findings.map((f) => `${f.ruleId}: ${f.message}`), [], `${v.name}: ${v.text}`);
      for (const n of analysis.notes) assert.ok(n.analysis.count <= 200, `${v.name} is ${n.analysis.count} characters`);
    }
  });

  it('inserted with editor.insertSnippet, every snippet gives a note without diagnostics', async () => {
    for (const v of await snippetVariants()) {
      const doc = await vscode.workspace.openTextDocument({ language: 'invite', content: STOCK });
      const editor = await vscode.window.showTextDocument(doc);
      await diagnosticsWhere(doc.uri, (d) => d.length > 0, `the stock text flagged before inserting ${v.name}`);
      const all = new vscode.Range(0, 0, doc.lineCount, 0);
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(v.snippet), all));
      // insertSnippet resolves before the host's copy of the document has the text.
      await waitFor(`${v.name} inserted`, () => (doc.getText() === v.text ? true : undefined));
      await diagnosticsWhere(doc.uri, (d) => d.length === 0, `${v.name} clean`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('offers the snippets as completions by prefix', async () => {
    const editor = await open('clean.invite');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(editor.document.lineCount - 1, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['invite-familiar', 'invite-suggested', 'invite-shared', 'invite-reader', 'invite-note']) {
      assert.ok(labels.includes(prefix), `${prefix} in ${labels.join(', ')}`);
    }
  });
});

describe('commands', () => {
  it('Insert Invitation Pattern inserts each of the four', async () => {
    for (const pattern of PATTERNS) {
      const doc = await vscode.workspace.openTextDocument({ language: 'invite', content: '' });
      await vscode.window.showTextDocument(doc);
      assert.strictEqual(await vscode.commands.executeCommand('inviteLint.insertPattern', pattern.id), pattern.id);
      const start = pattern.template.slice(0, pattern.template.indexOf('{')); // the text before the first tab stop
      await waitFor(`${pattern.id} inserted`, () => (doc.getText().startsWith(start) ? true : undefined));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Insert Invitation Pattern never glues onto text: a note with a body gets the pattern as a new note below it', async () => {
    const body = "We met at the Denver product meetup. I'd like to connect.";
    const doc = await vscode.workspace.openTextDocument({ language: 'invite', content: `# to: Sam\n${body}\n---\nSecond note.\n` });
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.positionAt(doc.getText().indexOf(body) + body.length);
    editor.selection = new vscode.Selection(end, end);
    const pattern = PATTERNS[0];
    await vscode.commands.executeCommand('inviteLint.insertPattern', pattern.id);
    const start = pattern.template.slice(0, pattern.template.indexOf('{'));
    await waitFor('pattern inserted', () => (doc.getText().includes(start) ? true : undefined));
    const text = doc.getText();
    assert.ok(text.startsWith(`# to: Sam\n${body}\n---\n${start}`), JSON.stringify(text));
    assert.ok(text.includes('\n---\nSecond note.'), 'the next note is untouched');
  });

  it('Insert Invitation Pattern offers a quick pick of the four', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'invite', content: '' });
    await vscode.window.showTextDocument(doc);
    let picked: string | undefined | null = null;
    void vscode.commands.executeCommand<string | undefined>('inviteLint.insertPattern').then((id) => { picked = id; });
    await waitFor('the quick pick to be accepted', async () => {
      if (picked === null) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return picked === null ? undefined : true;
    });
    assert.strictEqual(picked, PATTERNS[0].id, 'the first item is the first pattern');
    await waitFor('pattern inserted', () => (doc.getText().startsWith(PATTERNS[0].template.slice(0, PATTERNS[0].template.indexOf('{'))) ? true : undefined));
  });

  it('New Note appends the skeleton after a separator', async () => {
    const editor = await open('clean.invite');
    const doc = editor.document;
    const before = doc.getText();
    await vscode.commands.executeCommand('inviteLint.newNote');
    await waitFor('skeleton', () => (doc.getText().includes('---\n# to: [to]\n# mutual: [mutual]\n') ? true : undefined));
    assert.ok(doc.getText().startsWith(before), 'the existing note is untouched');
    assert.ok(doc.getText().includes('Please archive this rather than decline'));
  });

  it('New Note opens an untitled note when no .invite editor is active', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('inviteLint.newNote');
    const editor = await waitFor('new editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.languageId === 'invite' && e.document.getText().startsWith('# to: [to]') ? e : undefined;
    });
    assert.strictEqual(editor.document.isUntitled, true);
  });

  it('Copy Note for LinkedIn copies the body under the cursor without comments', async () => {
    const editor = await open('clean.invite');
    const doc = editor.document;
    await diagnosticsWhere(doc.uri, (d) => d.length === 0);
    const pos = find(doc, 'onboarding').start;
    editor.selection = new vscode.Selection(pos, pos);
    const result = await vscode.commands.executeCommand<{ copied: boolean; text: string }>('inviteLint.copyNote');
    assert.strictEqual(result.copied, true);
    assert.strictEqual(result.text,
      'We met at the Denver product meetup and talked about onboarding flows.\nJane Roe suggested I get in touch.');
    assert.strictEqual(await vscode.env.clipboard.readText(), result.text);
  });

  it('Copy Note for LinkedIn warns instead of copying a note with an error', async () => {
    await vscode.env.clipboard.writeText('unchanged');
    const editor = await open('placeholder.invite');
    const doc = editor.document;
    await diagnosticsWhere(doc.uri, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error));
    const pos = find(doc, 'Denver').start;
    editor.selection = new vscode.Selection(pos, pos);
    const result = await vscode.commands.executeCommand<{ copied: boolean; reason: string }>('inviteLint.copyNote');
    assert.strictEqual(result.copied, false);
    assert.match(result.reason, /so-and-so/);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'unchanged');
  });

  it('Fix All Problems applies the server\'s safe fixes', async () => {
    const { document: doc } = await open('fixable.invite');
    await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'generic-invite'));
    const before = ours(doc.uri).filter((d) => d.code !== undefined).length;
    const result = await vscode.commands.executeCommand<{ fixed: number; left: number; message: string }>('inviteLint.fixAll');
    assert.ok(!doc.getText().includes(STOCK), 'the stock sentence is gone');
    const left = await diagnosticsWhere(doc.uri, (d) => !d.some((x) => codeOf(x) === 'generic-invite'), 'generic-invite fixed');
    assert.strictEqual(result.left, left.filter((d) => d.source === 'invite-lint' && d.code !== undefined).length);
    assert.strictEqual(result.fixed, before - result.left);
    assert.ok(result.fixed > 0);
    assert.match(result.message, new RegExp(`^Invite Lint: fixed ${result.fixed} problems?; ${result.left} left`));
    console.log(`      told: ${result.message}`);
  });

  it('Show Output and Trace shows the "Invite Lint" channel', async () => {
    await vscode.commands.executeCommand('inviteLint.showOutput');
    assert.strictEqual(api.client.outputChannel.name, 'Invite Lint');
  });

  it('the diagnostics of every fixture come from the server only for .invite files', () => {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.languageId !== 'invite') assert.deepStrictEqual(ours(doc.uri), []);
    }
  });
});
