import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { positionAt, positionOf, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const MET = 'We met at the Austin UX meetup in March and talked about design systems.';
const LONG = 'We met at the Austin UX meetup in March and talked about design systems for a long while, '.repeat(3);

const TEXT = [
  '# to: Ana Ruiz',
  '# mutual: Jane Roe',
  MET,
  'Jane says hi.',
  '---',
  LONG,
  'Thanks.',
  '',
].join('\n');

describe('editor features', () => {
  let client;
  const uri = uniqueUri();
  before(async () => {
    client = await startClient();
    await client.open(uri, TEXT);
  });
  after(() => client.stop());

  test('code lens above each note shows count, remaining and the words that make it personal, one lens a line', async () => {
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command.title);
    const firstCount = MET.length + 1 + 'Jane says hi.'.length;
    assert.equal(titles[0], `${firstCount}/200 · ${200 - firstCount} left · ✓ how you know them: “We met at the Austin UX meetup in March” (+1 more)`);
    const secondCount = LONG.length + 1 + 'Thanks.'.length;
    assert.match(titles[1], new RegExp(`^${secondCount}/200 · ${secondCount - 200} over · `));
    assert.equal(lenses[1].range.start.line, positionOf(TEXT, LONG).line);
    assert.equal(new Set(lenses.map((l) => l.range.start.line)).size, lenses.length, 'one lens per line');
    // A real command the server declares (a no-op), so that clicking a lens is harmless in any client.
    assert.ok(lenses.every((l) => l.command.command === 'inviteLint.noteInfo'));
    assert.deepEqual(client.initializeResult.capabilities.executeCommandProvider.commands, ['inviteLint.noteInfo']);
    assert.deepEqual(client.initializeResult.capabilities.completionProvider.triggerCharacters, ['#', '{'], 'only a header or a template variable opens suggestions; a space never does');
    const clicked = await client.request('workspace/executeCommand', { command: lenses[0].command.command, arguments: lenses[0].command.arguments });
    assert.equal(clicked, null);
    const lazy = uniqueUri();
    await client.open(lazy, 'Hope your week is going well!\n');
    const [lazyLens] = await client.request('textDocument/codeLens', { textDocument: { uri: lazy } });
    assert.match(lazyLens.command.title, / · ✗ could go to anyone: nothing in it is specific to them$/);
  });

  test('inlay hints show the running count at the end of each body line, then the overflow', async () => {
    const hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    const labels = hints.map((h) => h.label);
    assert.deepEqual(labels, [`[${MET.length}]`, `[${MET.length + 1 + 13}]`, `[+${LONG.length - 200} over]`, `[+${LONG.length + 8 - 200} over]`]);
    assert.deepEqual(hints[0].position, positionOf(TEXT, MET, { after: true }));
    const ranged = await client.request('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: positionOf(TEXT, LONG), end: positionOf(TEXT, LONG, { after: true }) },
    });
    assert.equal(ranged.length, 1);
  });

  test('hover on a problem explains the rule with its docs link; on a first line it shows the counts', async () => {
    const uri2 = uniqueUri();
    const text = `${MET} ${STOCK}\n`;
    await client.open(uri2, text);
    const onProblem = await client.request('textDocument/hover', { textDocument: { uri: uri2 }, position: positionOf(text, 'professional') });
    assert.equal(onProblem.contents.kind, 'markdown');
    assert.match(onProblem.contents.value, /generic-invite/);
    assert.match(onProblem.contents.value, /Recipients have seen/);
    assert.match(onProblem.contents.value, /\(file:\/\/.*\/docs\/rules\/generic-invite\.md\)/);
    // The message is shown with the diagnostic itself (in VS Code, in this same hover): never twice.
    assert.doesNotMatch(onProblem.contents.value, /reads as auto-generated/);
    const counts = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match(counts.contents.value, /UTF-16 units: \d+ · code points: \d+ · graphemes: \d+/);
    assert.match(counts.contents.value, /✓ how you know them: “We met at the Austin UX meetup in March”/);
    assert.match(counts.contents.value, /✗ their work/);
    const nothing = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(TEXT, 'Jane says') });
    assert.equal(nothing, null);
  });

  test('completion: patterns as snippets filled from the headers, header names after #, every header value as a name in the body', async () => {
    const uri2 = uniqueUri();
    const text = '# to: Ana Ruiz\n# mutual: Jane Roe\n# company: Acme\n# limit: 300\n\n#\n';
    await client.open(uri2, text);
    const body = await client.request('textDocument/completion', { textDocument: { uri: uri2 }, position: positionOf(text, '\n#\n') });
    const items = Array.isArray(body) ? body : body.items;
    const familiar = items.find((i) => i.label === 'We may have met');
    assert.ok(familiar);
    assert.equal(familiar.insertTextFormat, 2);
    // A slot with a header value is a tab stop whose default is that value; the others are visible [slots].
    assert.match(familiar.insertText, /friend of \$\{1:Jane Roe\}'s/);
    assert.match(familiar.insertText, /\$\{2:\[role\]\}/);
    assert.ok(items.some((i) => i.label === 'Jane Roe'));
    assert.ok(items.some((i) => i.label === 'Ana'));
    assert.ok(items.some((i) => i.label === 'Acme' && i.detail === 'from # company:'));
    assert.ok(!items.some((i) => i.label === '300'), 'the limit is no name');
    const headers = await client.request('textDocument/completion', { textDocument: { uri: uri2 }, position: positionAt(text, text.indexOf('\n#\n') + 2) });
    const labels = (Array.isArray(headers) ? headers : headers.items).map((i) => i.label);
    for (const key of ['to', 'mutual', 'group', 'met', 'read', 'limit']) assert.ok(labels.includes(key), key);
    assert.ok(!labels.includes('We may have met'));
    // In a note with headers and no body yet, the new-note skeleton leaves out the headers it has.
    const uri3 = uniqueUri();
    await client.open(uri3, '# to: Ana Ruiz\n\n');
    const empty = await client.request('textDocument/completion', { textDocument: { uri: uri3 }, position: { line: 1, character: 0 } });
    const skeleton = (Array.isArray(empty) ? empty : empty.items).find((i) => i.label === 'New invitation note');
    assert.doesNotMatch(skeleton.insertText, /# to:/);
    assert.match(skeleton.insertText, /^# mutual: /);
  });

  test('document symbols name each note by # to: or its first words, with its count', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Ana Ruiz', 'We met at the Austin UX…']);
    assert.equal(symbols[0].detail, `${MET.length + 14}/200`);
    assert.equal(symbols[0].range.start.line, 0);
    assert.equal(symbols[0].range.end.line, 3);
  });

  test('folding ranges cover each note', async () => {
    const ranges = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[0, 3], [5, 6]]);
  });

  test('inviteLint/noteCounts gives per-note body ranges, counts in every unit and running line counts', async () => {
    const uri2 = uniqueUri();
    const text = `# to: Sam\n# limit: 300\nCafé 👋🏽 at the meetup\nsee you\n`;
    await client.open(uri2, text);
    const [counts] = await client.request('inviteLint/noteCounts', { textDocument: { uri: uri2 } });
    assert.deepEqual(counts.range, { start: { line: 2, character: 0 }, end: positionOf(text, 'see you', { after: true }) });
    assert.equal(counts.limit, 300);
    assert.equal(counts.unit, 'utf16');
    const body = 'Café 👋🏽 at the meetup\nsee you';
    assert.equal(counts.count, body.length);
    // The waving hand with a skin tone is 4 UTF-16 units, 2 code points, 1 grapheme.
    assert.equal(body.length - [...new Intl.Segmenter().segment(body)].length, 3);
    assert.deepEqual(counts.counts, { utf16: body.length, codepoints: [...body].length, graphemes: [...new Intl.Segmenter().segment(body)].length });
    assert.deepEqual(counts.lines, [{ line: 2, count: 'Café 👋🏽 at the meetup'.length }, { line: 3, count: body.length }]);
    assert.deepEqual(counts.touch, {}, 'a meetup with no name and "see you" place nobody');
    assert.deepEqual(await client.request('inviteLint/noteCounts', { textDocument: { uri: 'file:///unknown.invite' } }), []);
  });
});

describe('degraded clients', () => {
  test('without snippet support, patterns complete as plain text with visible placeholders', async () => {
    const client = await startClient({ caps: { snippets: false, configuration: false } });
    try {
      const uri = uniqueUri();
      const text = '# mutual: Jane Roe\n\n';
      await client.open(uri, text);
      const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
      const items = Array.isArray(result) ? result : result.items;
      const familiar = items.find((i) => i.label === 'We may have met');
      assert.notEqual(familiar.insertTextFormat, 2);
      assert.ok(!familiar.insertText.includes('${'));
      assert.match(familiar.insertText, /friend of Jane Roe's/);
      assert.match(familiar.insertText, /\[role\]/);
      // A multi-line plain insert breaks some clients (Neovim 0.7 joins it with NULs): every item is one line.
      assert.ok(items.length > 4 && items.every((i) => !(i.insertText ?? i.label).includes('\n')), 'no multi-line plain item');
      assert.ok(!client.requests.some((r) => r.method === 'workspace/configuration'));
    } finally {
      await client.stop();
    }
  });

  test('plain-text hover for clients without markdown', async () => {
    const client = await startClient({ caps: { markdown: false } });
    try {
      const uri = uniqueUri();
      const text = `${MET} ${STOCK}\n`;
      await client.open(uri, text);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'network') });
      assert.equal(hover.contents.kind, 'plaintext');
      assert.ok(!hover.contents.value.includes('**'));
    } finally {
      await client.stop();
    }
  });
});
