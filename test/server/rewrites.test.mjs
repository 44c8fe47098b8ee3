// Pattern rewrites reach each client in the richest form it takes: LSP 3.18 snippet edits (VS
// Code's client declares them), or plain text with visible slots.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const TEXT = "# mutual: Jane Roe\nI'd like to add you to my professional network on LinkedIn.\n";

async function rewriteFor(client) {
  const uri = uniqueUri('rewrite');
  const diagnostics = await client.open(uri, TEXT);
  const stock = diagnostics.find((d) => d.code === 'generic-invite');
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: stock.range, context: { diagnostics: [stock], only: ['refactor.rewrite'] } });
  return { uri, stock, rewrite: actions.find((a) => a.title === 'Rewrite with the "We may have met" pattern') };
}

describe('pattern rewrites', () => {
  const clients = {};
  before(async () => {
    clients.edits = await startClient({ caps: { snippetEdits: true } });
    clients.plain = await startClient();
  });
  after(() => Promise.all(Object.values(clients).map((client) => client.stop())));

  it('are snippet edits with tab stops for a client that declares snippetEditSupport', async () => {
    const { uri, stock, rewrite } = await rewriteFor(clients.edits);
    const [change] = rewrite.edit.documentChanges;
    assert.equal(change.textDocument.uri, uri);
    assert.deepEqual(change.edits[0].range, stock.range);
    assert.equal(change.edits[0].snippet.kind, 'snippet');
    // The mutual contact from the header fills its slot; the others are tab stops showing a visible [slot].
    assert.match(change.edits[0].snippet.value, /friend of \$\{1:Jane Roe\}'s, and I work as a \$\{2:\[role\]\}/);
  });

  it('are plain text with visible slots for every other client', async () => {
    const { uri, rewrite } = await rewriteFor(clients.plain);
    const [edit] = rewrite.edit.changes[uri];
    assert.match(edit.newText, /friend of Jane Roe's, and I work as a \[role\]/);
    assert.ok(!edit.newText.includes('${'));
  });
});
