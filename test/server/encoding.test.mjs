// Position encodings: a client that offers UTF-8 (or UTF-32) columns gets them, in both directions,
// for diagnostics, edits, requests and incremental changes; others get UTF-16.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startClient, uniqueUri } from '../helpers/lsp-client.mjs';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const LINE = `🎉 Félicitations, Ana! ${STOCK}`;
const TEXT = `# to: Ana\n${LINE}\n`;

/** A column of `needle` in `line`, counted in `encoding`. */
function column(line, needle, encoding) {
  const before = line.slice(0, line.indexOf(needle));
  return encoding === 'utf-8' ? Buffer.byteLength(before) : encoding === 'utf-32' ? [...before].length : before.length;
}

/** Applies LSP edits whose columns are in `encoding` to a one-line-per-row text. */
function applyEdits(text, edits, encoding) {
  const lines = text.split('\n');
  const offset = ({ line, character }) => {
    const prefix = lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
    const row = lines[line] ?? '';
    if (encoding === 'utf-16') return prefix + character;
    let units = 0;
    for (let count = 0; units < row.length && count < character; ) {
      const point = row.codePointAt(units);
      count += encoding === 'utf-8' ? Buffer.byteLength(String.fromCodePoint(point)) : 1;
      units += point > 0xffff ? 2 : 1;
    }
    return prefix + units;
  };
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

for (const [offered, chosen] of [[['utf-8', 'utf-16'], 'utf-8'], [['utf-32', 'utf-16'], 'utf-32'], [['utf-16'], 'utf-16'], [undefined, 'utf-16']]) {
  describe(`a client offering ${offered ? offered.join(', ') : 'no encodings'}`, () => {
    let client;
    after(() => client?.stop());

    it(`gets ${chosen} columns in diagnostics, quick fixes and changes`, async () => {
      client = await startClient({ caps: { encodings: offered } });
      assert.equal(client.initializeResult.capabilities.positionEncoding, offered ? chosen : undefined);
      const uri = uniqueUri('encoding');
      const diagnostics = await client.open(uri, TEXT);
      const stock = diagnostics.find((d) => d.code === 'generic-invite');
      assert.deepEqual(stock.range.start, { line: 1, character: column(LINE, STOCK, chosen) });
      assert.deepEqual(stock.range.end, { line: 1, character: column(LINE, STOCK, chosen) + STOCK.length });

      const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: stock.range, context: { diagnostics: [stock] } });
      const removal = actions.find((a) => a.isPreferred);
      assert.equal(applyEdits(TEXT, removal.edit.changes[uri], chosen), `# to: Ana\n🎉 Félicitations, Ana!\n`);

      // An incremental change in the client's columns: insert a word right before the stock sentence.
      const at = { line: 1, character: column(LINE, STOCK, chosen) };
      const changed = await client.change(uri, [{ range: { start: at, end: at }, text: 'Hello. ' }]);
      const moved = changed.find((d) => d.code === 'generic-invite');
      assert.deepEqual(moved.range.start, { line: 1, character: at.character + 'Hello. '.length }, 'the server applied the change where the client meant');
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: moved.range.start });
      assert.match(hover.contents.value, /generic-invite/);
    });
  });
}

describe("clangd's offsetEncoding, which Neovim 0.7 can be set to send", () => {
  it('is answered at the top level of the initialize result, and used', async () => {
    const client = await startClient({ initialize: false });
    try {
      const result = await client.request('initialize', { processId: null, rootUri: null, capabilities: { offsetEncoding: ['utf-8', 'utf-16'] } });
      await client.notify('initialized', {});
      assert.equal(result.offsetEncoding, 'utf-8');
      assert.equal(result.capabilities.positionEncoding, undefined);
      const diagnostics = await client.open(uniqueUri('clangd'), TEXT);
      assert.equal(diagnostics.find((d) => d.code === 'generic-invite').range.start.character, column(LINE, STOCK, 'utf-8'));
    } finally {
      await client.stop();
    }
  });
});
