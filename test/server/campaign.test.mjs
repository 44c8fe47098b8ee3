// Templates in the editor: the bundled server over stdio checks a template against its list,
// shows how the recipients fare in the lens, and re-checks when the list file changes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { startClient } from '../helpers/lsp-client.mjs';

const TEMPLATE = '# recipients: people.csv\nHi {{first_name}}, good to meet you at {{met|the meetup}}. I would love to keep swapping notes on onboarding research with you.\n';
const LIST = 'First Name,Met\nAna,the Austin UX research meetup in March\nPriya,\n';

describe('templates in the server', () => {
  let client;
  let folder;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'invite-lint-server-campaign-'));
    mkdirSync(join(folder, 'notes'));
    writeFileSync(join(folder, 'notes', 'people.csv'), LIST);
    client = await startClient({ rootUri: pathToFileURL(folder).href });
  });
  after(() => client.stop());

  it('reports per recipient, names the rows, and shows the campaign in the lens', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'outreach.invite')).href;
    const diagnostics = await client.open(uri, TEMPLATE);
    const anyone = diagnostics.find((d) => d.code === 'no-personal-touch');
    assert.match(anyone.message, /^Could go to anyone for 1 of 2 recipients \(row 3\)/);
    const [lens] = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lens.command.title, /^2 recipients · longest \d+\/200 · 0 over · ✗ 1 could go to anyone$/);
    // The gutter and status bar count the longest recipient's note, not the template's own text.
    const longest = Number(/longest (\d+)\//.exec(lens.command.title)[1]);
    const [counts] = await client.request('inviteLint/noteCounts', { textDocument: { uri } });
    assert.equal(counts.count, longest);
    assert.equal(counts.lines.at(-1).count, longest);
    assert.ok(longest !== TEMPLATE.split('\n')[1].length, 'the longest note is not the template as written');
  });

  it('re-checks a template when its list is saved', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'second.invite')).href;
    await client.open(uri, TEMPLATE);
    writeFileSync(join(folder, 'notes', 'people.csv'), 'First Name,Met\nAna,the Austin UX meetup in March\nPriya,the PyCon Lyon accessibility panel\n');
    const republished = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'no-personal-touch'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folder, 'notes', 'people.csv')).href, type: 2 }] });
    await republished;
    const [lens] = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lens.command.title, /✓ personal for each$/);
  });

  it('never reads a list outside the workspace folder, nor for an unsaved note', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'escape.invite')).href;
    const diagnostics = await client.open(uri, '# recipients: /etc/passwd\nHi {{first_name}}, we met at the Austin UX meetup.\n');
    assert.match(diagnostics.find((d) => d.code === 'recipient-list').message, /^\/etc\/passwd is outside the folder /);
    const untitled = await client.open('untitled:Untitled-7', TEMPLATE);
    assert.match(untitled.find((d) => d.code === 'recipient-list').message, /is read only for a saved template/);
  });
});
