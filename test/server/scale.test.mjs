// Huge inputs: every answer stays bounded and comes back (no per-character work over a line,
// no unbounded diagnostic lists). Test timeouts are generous guards, not measurements.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { positionOf, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const PLAIN = 'we met at the denver meetup and talked about onboarding flows today ';
const PROBLEM_NOTE = "# to: P\nHello! Let's connect. PLEASE ACCEPT\n- Sam Lee\n---\n";

describe('huge documents', () => {
  let client;
  before(async () => {
    client = await startClient();
  });
  after(() => client.stop());

  test('hover on a 1 MB line answers with the note counts (graphemes counted in linear time)', { timeout: 60_000 }, async () => {
    const uri = uniqueUri('long-line');
    const line = `${PLAIN.repeat(Math.ceil(1e6 / PLAIN.length)).slice(0, 1e6 - 3)} 👍🏽`;
    await client.open(uri, line);
    const middle = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 500_000 } });
    assert.match(middle.contents.value, new RegExp(`UTF-16 units: ${line.length} · code points: ${line.length - 2} · graphemes: ${line.length - 3}`));
    assert.match(middle.contents.value, /too-long/);
  });

  test('a document with more than 10,000 problems publishes the first 10,000 and says how many more there are', { timeout: 120_000 }, async () => {
    const one = await client.open(uniqueUri('one'), PROBLEM_NOTE);
    assert.ok(one.length > 0);
    const notes = Math.ceil(12_000 / one.length);
    const uri = uniqueUri('many-problems');
    const diagnostics = await client.open(uri, PROBLEM_NOTE.repeat(notes));
    assert.equal(diagnostics.length, 10_001);
    const last = diagnostics[10_000];
    assert.equal(last.severity, 3);
    assert.equal(last.code, undefined, 'no rule: no quick fixes for it');
    const hidden = (notes * one.length - 10_000).toLocaleString('en-US');
    assert.match(last.message, new RegExp(`^${hidden} more Invite Lint problems in this document are not shown`));
    assert.deepEqual(last.range.start, diagnostics[9_999].range.end);
    // The counts are right for every note, shown or not.
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, notes, 'one lens per note');
  });

  test('a document under the cap is published whole', async () => {
    const uri = uniqueUri('some-problems');
    const one = await client.open(uniqueUri('one'), PROBLEM_NOTE);
    const diagnostics = await client.open(uri, PROBLEM_NOTE.repeat(100));
    assert.equal(diagnostics.length, 100 * one.length);
    assert.ok(diagnostics.every((d) => d.code !== undefined));
    assert.ok(positionOf(PROBLEM_NOTE, 'Hello'));
  });
});
