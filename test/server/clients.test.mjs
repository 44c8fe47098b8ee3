// What other LSP clients send back: diagnostics without source or data (ALE), ranges in bytes
// (Neovim 0.7 on a line with an emoji), and no docs links for clients that do not show them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { applyTextEdits, editsFor, positionOf, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const NOTE = `We met at PyCon 🐍 and talked about async. ${STOCK}\n`;

describe('clients that echo diagnostics back differently', () => {
  let client;
  before(async () => {
    client = await startClient();
  });
  after(() => client.stop());

  const quickFixes = async (uri, diagnostic) =>
    (await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })).filter((a) => !a.title.startsWith('Disable'));

  test('a diagnostic without source or data still gets its quick fix, preferred first', async () => {
    const uri = uniqueUri();
    const diagnostics = await client.open(uri, NOTE);
    const stock = diagnostics.find((d) => d.code === 'generic-invite');
    const { source, data, codeDescription, ...bare } = stock;
    const [first] = await quickFixes(uri, bare);
    assert.equal(first.title, 'Remove the generic sentence');
    assert.equal(first.isPreferred, true);
    assert.ok(!applyTextEdits(NOTE, editsFor(first, uri)).includes('professional network'));
  });

  test('a range in bytes, not UTF-16 units, still finds the fix', async () => {
    const uri = uniqueUri();
    const diagnostics = await client.open(uri, NOTE);
    const stock = diagnostics.find((d) => d.code === 'generic-invite');
    // The snake is 4 bytes in UTF-8 and 2 units in UTF-16: a byte-counting client is 2 columns off.
    const shifted = { ...stock, range: { start: { ...stock.range.start, character: stock.range.start.character + 2 }, end: { ...stock.range.end, character: stock.range.end.character + 2 } } };
    const [first] = await quickFixes(uri, shifted);
    assert.equal(first?.title, 'Remove the generic sentence');
  });

  test("another tool's diagnostic with a rule-like code is not ours", async () => {
    const uri = uniqueUri();
    const diagnostics = await client.open(uri, NOTE);
    const stock = diagnostics.find((d) => d.code === 'generic-invite');
    assert.deepEqual(await quickFixes(uri, { ...stock, source: 'cspell' }), []);
  });
});

test('clients that do not show docs links get none on each diagnostic', async () => {
  const client = await startClient({ caps: { docsLinks: false } });
  try {
    const diagnostics = await client.open(uniqueUri(), NOTE);
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.codeDescription === undefined && d.code !== undefined));
    assert.ok(positionOf(NOTE, 'LinkedIn'));
  } finally {
    await client.stop();
  }
});

test('the output channel tells that the server started, and names bad settings', async () => {
  const client = await startClient({ settings: { maxLength: 'long' } });
  try {
    await client.open(uniqueUri(), NOTE);
    const logged = await client.waitFor('window/logMessage', (p) => /maxLength/.test(p.message), { past: true });
    assert.match(logged.message, /^Invite Lint: .*maxLength/);
    const started = await client.waitFor('window/logMessage', (p) => /started/.test(p.message), { past: true });
    assert.match(started.message, /^Invite Lint \d+\.\d+\.\d+ started \(Node v\d+/);
  } finally {
    await client.stop();
  }
});
