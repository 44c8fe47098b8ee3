import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { applyTextEdits, editsFor, positionAt, positionOf, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const MET = 'We met at the Austin UX meetup in March and talked about design systems.';

function quickFixes(actions, title) {
  return actions.filter((a) => a.kind === 'quickfix' && (!title || a.title === title));
}

describe('diagnostics and quick fixes over push diagnostics', () => {
  let client;
  before(async () => {
    client = await startClient();
  });
  after(() => client.stop());

  test('stock LinkedIn text gets a warning with the rule id, source and docs link', async () => {
    const uri = uniqueUri();
    const text = `${MET} ${STOCK}\n`;
    const diagnostics = await client.open(uri, text);
    const generic = diagnostics.find((d) => d.code === 'generic-invite');
    assert.ok(generic, JSON.stringify(diagnostics));
    assert.equal(generic.severity, 2);
    assert.equal(generic.source, 'invite-lint');
    // The docs link is the rule's page bundled with the server: it resolves offline, in any editor.
    assert.match(generic.codeDescription.href, /^file:\/\/.*\/docs\/rules\/generic-invite\.md$/);
    assert.match(readFileSync(fileURLToPath(generic.codeDescription.href), 'utf8'), /^# generic-invite$/m);
    assert.deepEqual(generic.range.start, positionOf(text, "I'd like"));
    assert.equal(generic.data, undefined, 'no data: code actions re-derive the fixes from the rule id and range');
  });

  test('the preferred quick fix removes the stock sentence, keeps the rest, and the warning goes away', async () => {
    const uri = uniqueUri();
    const text = `# to: Sam\n${MET} ${STOCK}\n`;
    const diagnostics = await client.open(uri, text);
    const generic = diagnostics.find((d) => d.code === 'generic-invite');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: generic.range,
      context: { diagnostics: [generic] },
    });
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, 'quickfix');
    assert.deepEqual(preferred[0].diagnostics, [generic]);
    const fixed = applyTextEdits(text, editsFor(preferred[0], uri));
    assert.ok(!fixed.includes('professional network'));
    assert.ok(fixed.includes(MET));
    const after = await client.change(uri, fixed);
    assert.ok(!after.some((d) => d.code === 'generic-invite'), JSON.stringify(after));
  });

  test('every quick fix of every diagnostic applies cleanly and is re-checked (CRLF, several notes)', async () => {
    const uri = uniqueUri('crlf');
    const text = [
      '# to: Ana Ruiz',
      '# mutual: Jane Roe',
      'Dear Sir or Madam,',
      `${MET} ${STOCK}`,
      '---',
      "Hi [Name], I'm a friend of Jane Roe's. PLEASE ACCEPT MY INVITATION TODAY.",
      'Best, Tom',
      '---',
      '# to: Lee',
      `${STOCK}`,
      '',
    ].join('\r\n');
    const diagnostics = await client.open(uri, text);
    assert.ok(diagnostics.length >= 4, JSON.stringify(diagnostics.map((d) => d.code)));
    const all = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
      context: { diagnostics },
    });
    // Not only diagnostics[0]: each diagnostic gets its own fixes and disable action.
    for (const diagnostic of diagnostics) {
      assert.ok(all.some((a) => a.diagnostics?.some((d) => d.code === diagnostic.code && d.range.start.line === diagnostic.range.start.line)), diagnostic.code);
    }
    for (const action of quickFixes(all)) {
      const fixed = applyTextEdits(text, editsFor(action, uri));
      assert.notEqual(fixed, text, action.title);
      assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(fixed), `${action.title} broke CRLF: ${JSON.stringify(fixed)}`);
      assert.equal(fixed.split('\r\n---\r\n').length, 3, `${action.title} broke the separators`);
      const rechecked = await client.change(uri, fixed);
      const target = action.diagnostics[0];
      const stillThere = rechecked.filter(
        (d) => d.code === target.code && d.message === target.message && d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character,
      );
      if (action.title.startsWith('Disable')) assert.equal(stillThere.length, 0, `${action.title} did not silence ${target.code}`);
      await client.change(uri, text);
    }
  });

  test('diagnostics without data (as some clients send them) get the same quick fixes, for every diagnostic', async () => {
    const uri = uniqueUri();
    const text = `# to: Sam\nDear Sir or Madam,\n${MET} ${STOCK}\n---\n${MET} PLEASE ACCEPT MY INVITATION.\n`;
    const diagnostics = await client.open(uri, text);
    assert.ok(diagnostics.length >= 3, JSON.stringify(diagnostics.map((d) => d.code)));
    const request = (sent) => client.request('textDocument/codeAction', { textDocument: { uri }, range: sent[0].range, context: { diagnostics: sent, only: ['quickfix'] } });
    const withData = await request(diagnostics);
    const withoutData = await request(diagnostics.map(({ data, ...rest }) => rest));
    const summary = (actions) => actions.map((a) => [a.title, a.isPreferred ?? false, editsFor(a, uri)]);
    assert.deepEqual(summary(withoutData), summary(withData));
    for (const diagnostic of diagnostics) {
      const fixes = withoutData.filter((a) => !a.title.startsWith('Disable') && a.diagnostics[0].code === diagnostic.code && a.diagnostics[0].range.start.line === diagnostic.range.start.line);
      assert.ok(fixes.length > 0, `no quick fix for ${diagnostic.code}`);
    }
  });

  test('edits anywhere in a file of many notes publish what a fresh analysis of the same text does', async () => {
    const notes = Array.from({ length: 30 }, (_, i) => (i % 3 ? `# to: N${i}\r\n${MET}` : `${STOCK}\r\nBest, Tom`));
    let text = `\ufeff${notes.join('\r\n---\r\n')}\r\n`;
    const uri = uniqueUri('incremental');
    await client.open(uri, text);
    const inserts = ['x', '\r\n', '\r\n---\r\n', STOCK, '', '-', '\n'];
    for (let i = 0; i < 40; i++) {
      // A position cannot point between the \r and \n of a line break.
      const outsideCrlf = (offset) => (text[offset - 1] === '\r' && text[offset] === '\n' ? offset + 1 : offset);
      const start = outsideCrlf((i * 7919) % text.length);
      const end = outsideCrlf(Math.min(text.length, start + (i % 4) * 3));
      const insert = inserts[i % inserts.length];
      const range = { start: positionAt(text, start), end: positionAt(text, end) };
      const published = await client.change(uri, [{ range, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
      const fresh = await client.open(uniqueUri('fresh'), text);
      assert.deepEqual(published, fresh, `after edit ${i}`);
    }
  });

  test('"Disable <rule> for this note" inserts a comment, or extends an existing one', async () => {
    const uri = uniqueUri();
    const text = `# to: Sam\n${STOCK}\n---\n# invite-lint-disable shouting\n${STOCK}\n`;
    const diagnostics = await client.open(uri, text);
    const [first, second] = diagnostics.filter((d) => d.code === 'generic-invite');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first, second] } });
    const disables = actions.filter((a) => a.title === 'Disable generic-invite for this note');
    assert.equal(disables.length, 2);
    const one = applyTextEdits(text, editsFor(disables[0], uri));
    assert.ok(one.startsWith('# invite-lint-disable generic-invite\n# to: Sam\n'), one);
    const two = applyTextEdits(text, editsFor(disables[1], uri));
    assert.ok(two.includes('# invite-lint-disable shouting generic-invite\n'), two);
    const rechecked = await client.change(uri, two);
    assert.equal(rechecked.filter((d) => d.code === 'generic-invite').length, 1);
  });

  test('fix-all on save (context.only = source.fixAll) applies all safe fixes in one edit', async () => {
    const uri = uniqueUri();
    const text = `${MET}\u200b Thanks!\n---\n${MET} ${STOCK}\u200b\n`;
    const diagnostics = await client.open(uri, text);
    assert.ok(diagnostics.some((d) => d.code === 'invisible-character'));
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.kind)));
    assert.equal(actions[0].kind, 'source.fixAll.invite-lint');
    const edits = editsFor(actions[0], uri);
    assert.equal(edits.length, 1);
    const fixed = applyTextEdits(text, edits);
    assert.ok(!fixed.includes('\u200b'));
    assert.ok(fixed.includes(MET));
    const rechecked = await client.change(uri, fixed);
    assert.ok(!rechecked.some((d) => d.code === 'invisible-character'));
  });

  test('context.only is honoured by kind prefix', async () => {
    const uri = uniqueUri();
    const text = `${MET} ${STOCK}\n`;
    const diagnostics = await client.open(uri, text);
    const request = (only) =>
      client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, only } });
    const quick = await request(['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    assert.ok(!quick.some((a) => /pattern/.test(a.title)), 'a pattern with slots to fill is a rewrite, not a quick fix');
    const refactors = await request(['refactor']);
    assert.deepEqual(refactors.filter((a) => a.kind === 'refactor').map((a) => a.title), ['Add an archive request']);
    const rewrites = refactors.filter((a) => a.kind === 'refactor.rewrite').map((a) => a.title);
    assert.ok(rewrites.length === 4 && rewrites.every((title) => /^Rewrite with the ".+" pattern$/.test(title)), rewrites.join('; '));
    assert.deepEqual((await request(['refactor.rewrite'])).map((a) => a.title), rewrites);
    assert.equal((await request(['source.organizeImports'])).length, 0);
  });

  test('"Add an archive request" adds the line to the note under the cursor', async () => {
    const uri = uniqueUri();
    const text = `${MET}\r\n---\r\nI enjoyed your talk on accessible forms at CSUN.\r\n`;
    await client.open(uri, text);
    const at = positionOf(text, 'accessible');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const archive = actions.find((a) => a.title === 'Add an archive request');
    assert.equal(archive.kind, 'refactor');
    const fixed = applyTextEdits(text, editsFor(archive, uri));
    assert.ok(fixed.endsWith('CSUN.\r\nNot a good time? Please archive this rather than decline, so I can ask again later.\r\n'), JSON.stringify(fixed));
    assert.ok(fixed.startsWith(`${MET}\r\n---\r\n`));
    const titlesAt = async (position) =>
      (await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })).map((a) => a.title);
    assert.ok(!(await titlesAt(positionOf(text, '---'))).includes('Add an archive request'), 'not on a separator line');
    const archived = uniqueUri();
    const withRequest = `# to: Sam\n${MET} Not a good time? Please archive this.\n`;
    await client.open(archived, withRequest);
    const actionsAt = (needle) => client.request('textDocument/codeAction', { textDocument: { uri: archived }, range: { start: positionOf(withRequest, needle), end: positionOf(withRequest, needle) }, context: { diagnostics: [] } });
    assert.ok(!(await actionsAt('Sam')).some((a) => a.title === 'Add an archive request'), 'not on a header line');
    assert.ok(!(await actionsAt('meetup')).some((a) => a.title === 'Add an archive request'), 'not in a note that has one');
  });

  test('incremental changes are applied like the editor applies them', async () => {
    const uri = uniqueUri();
    const text = `${MET}\n`;
    const clean = await client.open(uri, text);
    assert.ok(!clean.some((d) => d.code === 'generic-invite'));
    const end = positionOf(text, 'systems.', { after: true });
    const diagnostics = await client.change(uri, [{ range: { start: end, end }, text: ` ${STOCK}` }]);
    const generic = diagnostics.find((d) => d.code === 'generic-invite');
    assert.ok(generic);
    assert.deepEqual(generic.range.start, { line: 0, character: end.character + 1 });
    const removed = await client.change(uri, [{ range: { start: end, end: { line: 0, character: end.character + 1 + STOCK.length } }, text: '' }]);
    assert.ok(!removed.some((d) => d.code === 'generic-invite'));
  });

  test('a burst of changes ends with diagnostics for the last version only; close clears them', async () => {
    const uri = uniqueUri();
    await client.open(uri, MET);
    let last;
    for (let i = 0; i < 20; i++) last = client.change(uri, `${MET} ${i % 2 ? STOCK : ''}`);
    const final = await last;
    assert.ok(final.some((d) => d.code === 'generic-invite'));
    const versions = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never published out of order');
    const cleared = await client.close(uri);
    assert.deepEqual(cleared.diagnostics, []);
  });
});

describe('pull diagnostics', () => {
  test('a client that supports textDocument/diagnostic gets pull results and no pushes', async () => {
    const client = await startClient({ caps: { pull: true } });
    try {
      assert.ok(client.initializeResult.capabilities.diagnosticProvider);
      const uri = uniqueUri();
      await client.open(uri, `${MET} ${STOCK}\n`);
      const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.ok(report.items.some((d) => d.code === 'generic-invite' && d.source === 'invite-lint'));
      const again = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.equal(again.kind, 'unchanged');
      await client.change(uri, `${MET}\n`);
      const changed = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.equal(changed.kind, 'full');
      assert.ok(!changed.items.some((d) => d.code === 'generic-invite'));
      const unknown = await client.request('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere.invite' } });
      assert.deepEqual(unknown.items, []);
      assert.ok(!client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics'));
    } finally {
      await client.stop();
    }
  });
});
