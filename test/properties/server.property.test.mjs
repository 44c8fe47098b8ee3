// Properties of the bundled server over stdio, with random documents, incremental edits and
// requests: every request is answered, every range lies inside the document, incremental edits
// agree with a fresh analysis, and every quick fix it offers keeps its promise.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { after, before, it } from 'node:test';
import { documentArbitrary, runSettings } from '../helpers/arbitraries.mjs';
import { addressableOffset, applyTextEdits, editsFor, offsetAt, positionAt, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const settings = runSettings(40);
let client;
before(async () => {
  client = await startClient();
});
after(() => client.stop());

const key = (text, d) => `${d.code}\u0000${text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end))}`;
const keys = (text, diagnostics, keep) => diagnostics.filter(keep).map((d) => key(text, d));
const times = (list, item) => list.filter((x) => x === item).length;

function assertInside(text, range) {
  const lines = text.split(/\r\n|\r|\n/);
  assert.ok(range.start.line < lines.length && range.end.line < lines.length, JSON.stringify(range));
  assert.ok(range.end.character <= lines[range.end.line].length, JSON.stringify(range));
}

const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 20 }), text: documentArbitrary });

it(`answers, stays inside the document and agrees with a fresh analysis after edits (seed ${settings.seed})`, async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary, fc.array(edit, { maxLength: 6 }), async (initial, edits) => {
      const uri = uniqueUri();
      let text = initial;
      let diagnostics = await client.open(uri, text);
      for (const { at, length, text: inserted } of edits) {
        const start = addressableOffset(text, Math.min(at, text.length));
        const end = addressableOffset(text, Math.min(text.length, start + length));
        const range = { start: positionAt(text, start), end: positionAt(text, end) };
        text = text.slice(0, start) + inserted + text.slice(end);
        diagnostics = await client.change(uri, [{ range, text: inserted }]);
        for (const d of diagnostics) assertInside(text, d.range);
      }
      const fresh = uniqueUri();
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range]), (await client.open(fresh, text)).map((d) => [d.code, d.range]));
      const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
      for (const lens of lenses) assertInside(text, lens.range);
      await client.close(uri);
      await client.close(fresh);
    }),
    settings,
  );
});

it('every quick fix the server offers keeps its promise', async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary, async (text) => {
      const uri = uniqueUri();
      const diagnostics = await client.open(uri, text);
      for (const diagnostic of diagnostics.filter((d) => d.code !== undefined)) {
        const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
        for (const action of actions.filter((a) => !a.title.startsWith('Disable '))) {
          const fixed = applyTextEdits(text, editsFor(action, uri));
          const probe = uniqueUri();
          const after = await client.open(probe, fixed);
          await client.close(probe);
          const target = key(text, diagnostic);
          const what = `"${action.title}" on ${JSON.stringify(text)}`;
          assert.ok(times(keys(fixed, after, (d) => d.code === diagnostic.code), target) < times(keys(text, diagnostics, (d) => d.code === diagnostic.code), target), `${what} leaves its problem`);
          const errorsBefore = keys(text, diagnostics, (d) => d.severity === 1);
          for (const error of keys(fixed, after, (d) => d.severity === 1)) assert.ok(times(keys(fixed, after, (d) => d.severity === 1), error) <= times(errorsBefore, error), `${what} adds ${error}`);
        }
      }
      await client.close(uri);
    }),
    { ...settings, numRuns: Math.ceil(settings.numRuns / 2) },
  );
});
