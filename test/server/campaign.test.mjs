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

  it('re-checks a template as its open list is edited, before it is saved, and never checks the list as a note', async () => {
    writeFileSync(join(folder, 'notes', 'edited.csv'), LIST);
    const uri = pathToFileURL(join(folder, 'notes', 'edited-template.invite')).href;
    const list = pathToFileURL(join(folder, 'notes', 'edited.csv')).href;
    const before = await client.open(uri, TEMPLATE.replace('people.csv', 'edited.csv'));
    assert.ok(before.some((d) => d.code === 'no-personal-touch'));
    const personal = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'no-personal-touch'));
    await client.notify('textDocument/didOpen', { textDocument: { uri: list, languageId: 'csv', version: 1, text: LIST.replace('Priya,', 'Priya,the PyCon Lyon accessibility panel') } });
    await personal;
    const back = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'no-personal-touch'));
    // Closed unsaved, the list is the file again.
    await client.notify('textDocument/didClose', { textDocument: { uri: list } });
    await back;
    const listPublished = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === list && n.params.diagnostics.length > 0);
    assert.deepEqual(listPublished, [], 'a list is never checked as a note');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: list }, position: { line: 0, character: 0 } }), null);
  });

  it('never reads a list outside the workspace folder, nor for an unsaved note', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'escape.invite')).href;
    const diagnostics = await client.open(uri, '# recipients: /etc/passwd\nHi {{first_name}}, we met at the Austin UX meetup.\n');
    assert.match(diagnostics.find((d) => d.code === 'recipient-list').message, /^\/etc\/passwd is outside the folder /);
    const untitled = await client.open('untitled:Untitled-7', TEMPLATE);
    assert.match(untitled.find((d) => d.code === 'recipient-list').message, /is read only for a saved template/);
  });

  it('hovers a variable with its column, shortest and longest value and empty rows', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'hover.invite')).href;
    writeFileSync(join(folder, 'notes', 'team.csv'), 'First Name,Met,Company\nAna,the Austin UX meetup,Northwind Health\nBo,the PyCon panel,\nPriya,the Lyon breakfast,*Initech*\n');
    const text = '# recipients: team.csv\nHi {{first_name}}, good to meet you at {{met}}. How is the {{company}} research going?\n';
    await client.open(uri, text);
    const at = (needle) => ({ line: 1, character: text.split('\n')[1].indexOf(needle) + 3 });
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: at('{{first_name}}') });
    assert.match(hover.contents.value, /reads the column "First Name" of team\.csv/);
    assert.match(hover.contents.value, /Shortest: "Bo" \(row 3, 2\) · longest: "Priya" \(row 4, 5\)/);
    const company = await client.request('textDocument/hover', { textDocument: { uri }, position: at('{{company}}') });
    assert.match(company.contents.value, /Empty on row 3: those notes have a gap here/);
    // A value is the list writer's text, shown as typed, never as markup.
    assert.match(company.contents.value, /\\\*Initech\\\*/);
  });

  it('completes column names inside {{ and nothing on a lone brace', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'complete.invite')).href;
    const text = '# recipients: people.csv\nHi {{fi, we met at {. Thanks!\n';
    await client.open(uri, text);
    const line = text.split('\n')[1];
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: line.indexOf('{{fi') + 4 } });
    assert.deepEqual(items.map((item) => item.label), ['first_name', 'met']);
    assert.equal(items[0].insertText, 'first_name}}');
    const brace = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: line.indexOf('{.') + 1 } });
    assert.deepEqual(brace, []);
  });

  it('lists the recipients and previews one recipient\'s note as the template is edited', async () => {
    const uri = pathToFileURL(join(folder, 'notes', 'preview.invite')).href;
    writeFileSync(join(folder, 'notes', 'people.csv'), LIST);
    await client.open(uri, TEMPLATE);
    const answer = await client.request('inviteLint/recipients', { textDocument: { uri }, position: { line: 1, character: 0 } });
    assert.deepEqual(answer.recipients.map((r) => [r.row, r.label]), [[2, 'Ana'], [3, 'Priya']]);
    const priya = await client.request('inviteLint/preview', { textDocument: { uri }, note: answer.note, row: 3 });
    assert.match(priya.text, /^# preview: row 3 of people\.csv · Priya\n# check: \d+\/200 · ✗ could go to anyone/);
    assert.match(priya.text, /\nHi Priya, good to meet you at the meetup\./);
    assert.doesNotMatch(priya.text, /# recipients:/);
    const edited = TEMPLATE.replace('the meetup', 'the Lisbon design systems meetup');
    await client.change(uri, edited);
    const after = await client.request('inviteLint/preview', { textDocument: { uri }, note: answer.note, row: 3 });
    assert.match(after.text, /at the Lisbon design systems meetup\./);
    assert.equal(after.personal, true);
    const missing = await client.request('inviteLint/preview', { textDocument: { uri }, note: answer.note, row: 99 });
    assert.equal(missing.problem, 'people.csv has no recipient on row 99');
    const plain = pathToFileURL(join(folder, 'notes', 'plain.invite')).href;
    await client.open(plain, 'We met at the Austin UX meetup in March.\n');
    const none = await client.request('inviteLint/recipients', { textDocument: { uri: plain }, position: { line: 0, character: 0 } });
    assert.match(none.problem, /not a template/);
  });
});
