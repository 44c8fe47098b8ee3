// Position encodings under random documents and edits: a client that speaks UTF-8 columns sends its
// edits in UTF-8 and gets every diagnostic in UTF-8, and once converted back they are exactly what a
// UTF-16 client gets for the same text. An independent conversion (Buffer byte lengths) checks it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { after, before, it } from 'node:test';
import { documentArbitrary, runSettings } from '../helpers/arbitraries.mjs';
import { addressableOffset, positionAt, startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const settings = runSettings(30);
let utf8;
let utf16;
before(async () => {
  [utf8, utf16] = await Promise.all([startClient({ caps: { encodings: ['utf-8', 'utf-16'] } }), startClient()]);
});
after(() => Promise.all([utf8.stop(), utf16.stop()]));

const lineOf = (text, line) => text.split(/\r\n|\r|\n/)[line] ?? '';
const toUtf8 = (text, { line, character }) => ({ line, character: Buffer.byteLength(lineOf(text, line).slice(0, character)) });
function fromUtf8(text, { line, character }) {
  let units = 0;
  let bytes = 0;
  for (const char of lineOf(text, line)) {
    if (bytes >= character) break;
    bytes += Buffer.byteLength(char);
    units += char.length;
  }
  return { line, character: units };
}
/** An offset moved off the middle of a surrogate pair, which UTF-8 columns cannot name. */

const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 20 }), text: documentArbitrary });

it(`UTF-8 edits and diagnostics agree with UTF-16 ones for the same text (seed ${settings.seed})`, async () => {
  assert.equal(utf8.initializeResult.capabilities.positionEncoding, 'utf-8');
  await fc.assert(
    fc.asyncProperty(documentArbitrary, fc.array(edit, { maxLength: 5 }), async (initial, edits) => {
      const uri = uniqueUri('utf8');
      let text = initial;
      let diagnostics = await utf8.open(uri, text);
      for (const { at, length, text: inserted } of edits) {
        const start = addressableOffset(text, Math.min(at, text.length));
        const end = addressableOffset(text, Math.min(text.length, start + length));
        const range = { start: toUtf8(text, positionAt(text, start)), end: toUtf8(text, positionAt(text, end)) };
        text = text.slice(0, start) + inserted + text.slice(end);
        diagnostics = await utf8.change(uri, [{ range, text: inserted }]);
      }
      const reference = uniqueUri('utf16');
      const expected = (await utf16.open(reference, text)).map((d) => [d.code, d.range]);
      assert.deepEqual(diagnostics.map((d) => [d.code, { start: fromUtf8(text, d.range.start), end: fromUtf8(text, d.range.end) }]), expected);
      await utf8.close(uri);
      await utf16.close(reference);
    }),
    settings,
  );
});
