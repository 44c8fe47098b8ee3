// Protocol behaviour: the lifecycle, one publish per state, settings messages, hover formats,
// lazy fix-all, the archive refactor's place.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { applyTextEdits, editsFor, positionOf, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const MET = 'We met at the Austin UX meetup in March and talked about design systems.';
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const HOVER_AT = { line: 0, character: 0 };

async function errorOf(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected an error response');
}

describe('lifecycle', () => {
  test('a request before initialize gets ServerNotInitialized (-32002)', async () => {
    const client = await startClient({ initialize: false });
    try {
      const error = await errorOf(client.request('textDocument/hover', { textDocument: { uri: uniqueUri() }, position: HOVER_AT }));
      assert.equal(error.code, -32002);
    } finally {
      client.child.kill();
    }
  });

  test('a second initialize is an error; requests after shutdown get InvalidRequest (-32600)', async () => {
    const client = await startClient();
    const again = await errorOf(client.request('initialize', { processId: null, rootUri: null, capabilities: {} }));
    assert.equal(again.code, -32600);
    const uri = uniqueUri();
    await client.open(uri, MET);
    assert.notEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: HOVER_AT }), undefined);
    assert.equal(await client.request('shutdown'), null);
    const after = await errorOf(client.request('textDocument/hover', { textDocument: { uri }, position: HOVER_AT }));
    assert.equal(after.code, -32600);
    await client.notify('exit');
    assert.equal((await client.exited).code, 0);
  });
});

describe('publishing', () => {
  const dirs = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('an open publishes once and asks for the settings once', async () => {
    const client = await startClient({ settings: { maxLength: 10 } });
    try {
      const uri = uniqueUri('once');
      await client.open(uri, MET);
      // Everything about the first document is done by the time a second one is published.
      await client.open(uniqueUri('later'), MET);
      await client.request('textDocument/hover', { textDocument: { uri }, position: HOVER_AT });
      const publishes = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
      assert.equal(publishes.length, 1);
      const fetches = client.requests.filter((r) => r.method === 'workspace/configuration' && r.params.items.some((i) => i.scopeUri === uri));
      assert.equal(fetches.length, 1);
    } finally {
      await client.stop();
    }
  });

  test('after an rc file change the next publish has the new settings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'invite-lint-'));
    dirs.push(dir);
    const rc = join(dir, '.invitelintrc.json');
    writeFileSync(rc, JSON.stringify({ maxLength: 20 }));
    const client = await startClient({ rootUri: pathToFileURL(dir).href });
    try {
      const uri = pathToFileURL(join(dir, 'a.invite')).href;
      const first = await client.open(uri, 'We met at the Denver meetup and talked.');
      assert.ok(first.some((d) => d.code === 'too-long' && d.severity !== 4 && /limit of 20/.test(d.message)));
      writeFileSync(rc, JSON.stringify({ maxLength: 30, rules: { 'too-long': 'hint' } }));
      const next = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
      const { diagnostics } = await next;
      const tooLong = diagnostics.find((d) => d.code === 'too-long');
      assert.equal(tooLong?.severity, 4, JSON.stringify(diagnostics));
      assert.match(tooLong.message, /limit of 30/);
    } finally {
      await client.stop();
    }
  });

  test('several bad settings make one message naming every key, not repeated for other documents', async () => {
    const client = await startClient({ settings: { maxLength: 'abc', countUnit: 'bytes', rules: { 'too-long': 'loud' } } });
    try {
      await client.open(uniqueUri('bad'), MET);
      await client.open(uniqueUri('bad2'), MET);
      const shows = client.notifications.filter((n) => n.method === 'window/showMessage');
      assert.equal(shows.length, 1, JSON.stringify(shows));
      const { message } = shows[0].params;
      assert.match(message, /^Invite Lint: bad settings, using the defaults for them: /);
      for (const key of ['inviteLint.maxLength', 'inviteLint.countUnit', 'inviteLint.rules.too-long']) assert.ok(message.includes(key), key);
    } finally {
      await client.stop();
    }
  });
});

describe('hover format', () => {
  test('plain text unless the client lists markdown', async () => {
    for (const [markdown, kind] of [[null, 'plaintext'], [false, 'plaintext'], [true, 'markdown']]) {
      const client = await startClient({ caps: { markdown } });
      try {
        const uri = uniqueUri();
        const text = `${MET} ${STOCK}\n`;
        await client.open(uri, text);
        const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'professional') });
        assert.equal(hover.contents.kind, kind, `markdown: ${markdown}`);
        if (kind === 'plaintext') assert.ok(!hover.contents.value.includes('**'));
      } finally {
        await client.stop();
      }
    }
  });
});

describe('code actions', () => {
  const noteWithFixes = `${MET}\u200b Thanks!\n---\n${MET} ${STOCK}\u200b\n`;

  test('fix-all is deferred to codeAction/resolve when the client can resolve, and computed when asked for by kind', async () => {
    const client = await startClient({ caps: { resolve: true } });
    try {
      const uri = uniqueUri();
      await client.open(uri, noteWithFixes);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      const lazy = actions.find((a) => a.kind === 'source.fixAll.invite-lint');
      assert.ok(lazy, 'offered without only');
      assert.equal(lazy.edit, undefined, 'no edit computed up front');
      const resolved = await client.request('codeAction/resolve', lazy);
      const eager = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source'] } });
      assert.equal(eager.length, 1);
      assert.ok(eager[0].edit);
      assert.deepEqual(resolved.edit, eager[0].edit);
      assert.ok(!applyTextEdits(noteWithFixes, editsFor(resolved, uri)).includes('\u200b'));
    } finally {
      await client.stop();
    }
  });

  test('without resolve support, a large document gets fix-all only when asked for by kind', async () => {
    const client = await startClient();
    try {
      const uri = uniqueUri();
      const text = noteWithFixes.repeat(200);
      await client.open(uri, text);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const plain = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      assert.ok(!plain.some((a) => a.kind === 'source.fixAll.invite-lint'));
      const asked = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.equal(asked.length, 1);
      assert.ok(!applyTextEdits(text, editsFor(asked[0], uri)).includes('\u200b'));
    } finally {
      await client.stop();
    }
  });

  test('"Add an archive request" goes before a trailing sign-off, else at the end of the body', async () => {
    const client = await startClient();
    try {
      for (const [text, expected] of [
        [`${MET}\n- Sam Lee\n`, `${MET}\nNot a good time? Please archive this rather than decline, so I can ask again later.\n- Sam Lee\n`],
        [`${MET}\n`, `${MET}\nNot a good time? Please archive this rather than decline, so I can ask again later.\n`],
      ]) {
        const uri = uniqueUri();
        await client.open(uri, text);
        const at = positionOf(text, 'Austin');
        const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [], only: ['refactor'] } });
        const archive = actions.find((a) => a.title === 'Add an archive request');
        assert.equal(applyTextEdits(text, editsFor(archive, uri)), expected);
      }
    } finally {
      await client.stop();
    }
  });
});
