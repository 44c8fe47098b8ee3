import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const MET = 'We met at the Austin UX meetup in March and talked about design systems.';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 1e6, character: 1e6 } };

describe('bad requests and hostile documents', () => {
  let client;
  before(async () => {
    client = await startClient();
  });
  after(() => client.stop());

  async function stillServing() {
    const uri = uniqueUri('alive');
    const diagnostics = await client.open(uri, `${MET} ${STOCK}`);
    assert.ok(diagnostics.some((d) => d.code === 'generic-invite'), 'the server still answers');
  }

  test('unknown URIs get empty answers', async () => {
    const textDocument = { uri: 'file:///does/not/exist.invite' };
    const position = { line: 0, character: 0 };
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument, range: WHOLE }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument, position }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument, range: WHOLE, context: { diagnostics: [] } }), []);
    await stillServing();
  });

  test('out-of-range positions are clamped', async () => {
    const uri = uniqueUri();
    const text = `${MET} ${STOCK}\n`;
    await client.open(uri, text);
    const far = { line: 9999, character: 9999 };
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 99999 } });
    assert.ok(hover === null || typeof hover.contents.value === 'string');
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: far });
    assert.ok(Array.isArray(items));
    const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: -5, character: -1 }, end: far } });
    assert.equal(hints.length, 1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    // An out-of-range incremental change is clamped by the document like an editor would.
    await client.change(uri, [{ range: { start: far, end: far }, text: ' Thanks!' }]);
  });

  test('malformed params get a clean error or empty answer, and the server keeps serving', async () => {
    const answers = await Promise.allSettled([
      client.request('textDocument/hover', {}),
      client.request('textDocument/hover', null),
      client.request('textDocument/codeAction', { textDocument: { uri: 42 } }),
      client.request('textDocument/codeAction', { textDocument: { uri: uniqueUri() }, range: 'x', context: { diagnostics: [{ source: 'invite-lint', data: 'garbage' }] } }),
      client.request('inviteLint/noteCounts', 'nonsense'),
      client.request('textDocument/inlayHint', { textDocument: { uri: 'x' }, range: null }),
      client.request('no/such/method', {}),
    ]);
    for (const answer of answers) {
      if (answer.status === 'rejected') assert.equal(typeof answer.reason.code, 'number', String(answer.reason));
    }
    await client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.invite', version: 3 }, contentChanges: [{ text: 'x' }] });
    await client.notify('textDocument/didOpen', { textDocument: null });
    await stillServing();
  });

  test('code actions with diagnostics from another document version or garbage data do not fail', async () => {
    const uri = uniqueUri();
    const text = `${MET} ${STOCK}\n`;
    const diagnostics = await client.open(uri, text);
    const bogus = { ...diagnostics[0], range: { start: { line: 50, character: 3 }, end: { line: 60, character: 0 } }, data: { ruleId: 'generic-invite', fixes: [] } };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: bogus.range, context: { diagnostics: [bogus, { message: 'x', range: bogus.range }] } });
    assert.ok(actions.some((a) => a.title === 'Disable generic-invite for this note'));
  });

  test('binary content, a 1 MB line and a 50 MB document get answers', async () => {
    const binary = uniqueUri('binary');
    const diagnostics = await client.open(binary, randomBytes(200_000).toString('latin1'));
    assert.ok(Array.isArray(diagnostics));
    const line = uniqueUri('line');
    const long = `${MET} ${STOCK} `.repeat(8000);
    const lineDiagnostics = await client.open(line, long);
    assert.ok(lineDiagnostics.some((d) => d.code === 'too-long'));
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: line } });
    assert.match(lenses[0].command.title, /over · /);
    const huge = uniqueUri('huge');
    const hugeText = `${MET}\n---\n`.repeat(50_000_000 / 80);
    const hugeDiagnostics = await client.open(huge, hugeText);
    assert.ok(Array.isArray(hugeDiagnostics));
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: huge } });
    assert.ok(symbols.length > 100_000);
    await client.close(huge);
    await stillServing();
  });
});

describe('lifecycle', () => {
  test('shutdown then exit ends the process with code 0', async () => {
    const client = await startClient();
    assert.equal(await client.request('shutdown'), null);
    await client.notify('exit');
    assert.deepEqual(await client.exited, { code: 0, signal: null });
  });

  test('the server exits when its parent process dies (processId in initialize)', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const client = await startClient({ processId: parent.pid });
    const uri = uniqueUri();
    await client.open(uri, MET);
    parent.kill();
    const { code } = await client.exited;
    assert.notEqual(code, null);
  });

  test('the server exits when its parent process dies (--clientProcessId)', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const client = await startClient({ args: [`--clientProcessId=${parent.pid}`], processId: null });
    parent.kill();
    const { code } = await client.exited;
    assert.notEqual(code, null);
  });
});
