import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const MET = 'We met at the Austin UX meetup in March and talked about design systems.';
const codes = (diagnostics) => diagnostics.map((d) => d.code);

describe('settings', () => {
  const dirs = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  function project(rc) {
    const dir = mkdtempSync(join(tmpdir(), 'invite-lint-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'notes'));
    if (rc !== undefined) writeFileSync(join(dir, '.invitelintrc.json'), typeof rc === 'string' ? rc : JSON.stringify(rc));
    return { dir, uri: pathToFileURL(join(dir, 'notes', 'a.invite')).href };
  }

  test('editor settings are read per document: maxLength and rule severities', async () => {
    const client = await startClient({ settings: { maxLength: 50, rules: { 'generic-invite': 'off' }, gutter: true } });
    try {
      const diagnostics = await client.open(uniqueUri(), `${MET} ${STOCK}`);
      assert.ok(codes(diagnostics).includes('too-long'));
      assert.ok(!codes(diagnostics).includes('generic-invite'));
      const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: [...client.versions.keys()][0] } });
      assert.match(lenses[0].command.title, /\/50 · \d+ over · /);
      assert.ok(!client.notifications.some((n) => n.method === 'window/showMessage'), 'editor-only keys such as gutter are not reported');
    } finally {
      await client.stop();
    }
  });

  test('a bad value is reported once, as a showMessage notification naming the key, and the default is used', async () => {
    const client = await startClient({ settings: { maxLength: 'abc' } });
    try {
      const first = await client.open(uniqueUri(), MET);
      await client.open(uniqueUri(), `${MET} `);
      assert.ok(!codes(first).includes('too-long'));
      const message = await client.waitFor('window/showMessage', () => true, { past: true });
      assert.equal(message.type, 2);
      assert.match(message.message, /inviteLint\.maxLength/);
      assert.match(message.message, /"abc"/);
      assert.equal(client.notifications.filter((n) => n.method === 'window/showMessage').length, 1);
      assert.ok(!client.requests.some((r) => r.method === 'window/showMessageRequest'));
    } finally {
      await client.stop();
    }
  });

  test('didChangeConfiguration re-checks open documents with the new settings', async () => {
    let settings = { maxLength: 200 };
    const client = await startClient({ settings: () => settings });
    try {
      const uri = uniqueUri();
      assert.ok(!codes(await client.open(uri, MET)).includes('too-long'));
      assert.ok(client.requests.some((r) => r.method === 'client/registerCapability'));
      settings = { maxLength: 40 };
      const rechecked = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && codes(p.diagnostics).includes('too-long'));
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await rechecked;
    } finally {
      await client.stop();
    }
  });

  test('.invitelintrc.json is found upward, wins over editor settings, and is re-read when it changes', async () => {
    const { dir, uri } = project({ maxLength: 50 });
    const client = await startClient({ settings: { maxLength: 1000 } });
    try {
      assert.ok(codes(await client.open(uri, MET)).includes('too-long'));
      const registration = client.requests.find((r) => r.method === 'client/registerCapability' && r.params.registrations.some((g) => g.method === 'workspace/didChangeWatchedFiles'));
      assert.ok(registration, 'registers a watcher for the rc file');
      writeFileSync(join(dir, '.invitelintrc.json'), JSON.stringify({ maxLength: 300 }));
      const rechecked = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !codes(p.diagnostics).includes('too-long'));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.invitelintrc.json')).href, type: 2 }] });
      await rechecked;
    } finally {
      await client.stop();
    }
  });

  test('a broken rc file is reported once and ignored', async () => {
    const { uri } = project('{ "maxLength": ');
    const client = await startClient({ settings: { maxLength: 40 } });
    try {
      assert.ok(codes(await client.open(uri, MET)).includes('too-long'), 'editor settings still apply');
      const message = await client.waitFor('window/showMessage', () => true, { past: true });
      assert.match(message.message, /\.invitelintrc\.json/);
    } finally {
      await client.stop();
    }
  });

  test('clients without configuration support get the defaults plus the rc file', async () => {
    const { uri } = project({ rules: { 'generic-invite': 'error' } });
    const client = await startClient({ caps: { configuration: false } });
    try {
      const diagnostics = await client.open(uri, `${MET} ${STOCK}`);
      assert.equal(diagnostics.find((d) => d.code === 'generic-invite').severity, 1);
      assert.ok(!client.requests.some((r) => r.method === 'workspace/configuration'));
    } finally {
      await client.stop();
    }
  });
});
