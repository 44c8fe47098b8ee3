// Whole notes: the patterns filled in, fix-all, fills from headers, edits the engine places.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core } from '../helpers/core.mjs';

describe('the four patterns', () => {
  const realistic = { mutual: 'Priya Natarajan', role: 'product designer', city: 'Denver', field: 'climate tech', group: 'Product Ops', topic: 'onboarding research', to: 'Marcus Webb', event: 'the Denver product meetup' };
  for (const pattern of [...core.PATTERNS, core.NOTE_SKELETON]) {
    it(`"${pattern.label}" filled in with real values is clean and fits in 200 characters`, () => {
      const text = core.toPlainText(pattern.template, (slot) => realistic[slot]);
      const [analysis] = core.analyzeDocument(text, core.DEFAULT_OPTIONS).notes.map((n) => n.analysis);
      assert.ok(analysis.count <= 200, `${analysis.count} characters`);
      assert.deepEqual(analysis.findings.map((f) => f.ruleId), []);
    });
  }

  it('render as snippets with numbered tab stops whose unknown values stay visible slots', () => {
    const snippet = core.toSnippet(core.PATTERNS.find((p) => p.id === 'reader').template);
    assert.match(snippet, /\$\{1:\[mutual\]\}/);
    assert.match(snippet, /\$\{2:blog\}/, 'a choice is a plain placeholder with its first choice');
    assert.ok(!/\$\{\d+\|/.test(snippet), 'no choice lists');
    assert.ok(snippet.endsWith('$0'));
    // Expanded and left as it is, the note says its slots are unfilled.
    const expanded = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    assert.ok(core.analyzeNote(expanded, core.DEFAULT_OPTIONS).findings.some((f) => f.ruleId === 'placeholder'), expanded);
  });
});

describe('fix all', () => {
  it('removes what LinkedIn added and keeps the personal sentence', () => {
    const text = "Sam Lee has indicated you are a fellow group member of Product Ops:\r\nWe met at the Product Ops summit and talked about pricing.\u200b I'd like to add you to my professional network on LinkedIn.\r\n- Sam Lee\r\n---\r\nSecond note: we met at PyCon.\r\n";
    const { text: fixed, fixed: count } = core.fixAll(text, core.DEFAULT_OPTIONS);
    assert.equal(fixed, 'We met at the Product Ops summit and talked about pricing.\r\n---\r\nSecond note: we met at PyCon.\r\n');
    assert.equal(count, 4);
  });

  it('empties a note of nothing but LinkedIn boilerplate: group line, stock sentence and sign-off', () => {
    const text = "Sam Lee has indicated you are a fellow group member of Product Ops:\nI'd like to add you to my professional network on LinkedIn.\n- Sam Lee\n---\nWe met at PyCon.\n";
    assert.equal(core.fixAll(text, core.DEFAULT_OPTIONS).text, '\n---\nWe met at PyCon.\n');
  });

  for (const text of ["Let's connect!", 'Hope you are well.', 'Dear Sir or Madam, please accept my invitation.']) {
    it(`never rewrites what the writer wrote into less: ${JSON.stringify(text)}`, () => {
      assert.equal(core.fixAll(text, core.DEFAULT_OPTIONS).text, text);
    });
  }
});

describe('fills from headers', () => {
  const fill = (text) => core.analyzeDocument(text, core.DEFAULT_OPTIONS).findings.find((f) => f.ruleId === 'placeholder').fixes[0];
  it('puts the first name of # to: into a first-name placeholder', () => {
    const text = '# to: Priya Natarajan\nHi {first_name}, we met at PyCon.';
    assert.equal(core.applyEdits(text, fill(text).edits), '# to: Priya Natarajan\nHi Priya, we met at PyCon.');
  });

  it('puts the # mutual: name into so-and-so', () => {
    const text = "# mutual: Jane Roe\nI'm a friend of so-and-so's from PyCon.";
    assert.equal(core.applyEdits(text, fill(text).edits), "# mutual: Jane Roe\nI'm a friend of Jane Roe's from PyCon.");
  });
});

describe('a stock clause inside a personal sentence', () => {
  it('is removed with its separator, keeping the rest of the sentence', () => {
    const text = "We met at the Denver meetup, I'd like to add you to my professional network on LinkedIn, thanks!";
    const finding = core.analyzeDocument(text, core.DEFAULT_OPTIONS).findings.find((f) => f.ruleId === 'generic-invite');
    assert.equal(core.applyEdits(text, finding.fixes[0].edits), 'We met at the Denver meetup, thanks!');
  });
});

describe('the archive request', () => {
  const add = (text) => core.applyEdits(text, [core.archiveRequestEdit(text)]);
  it('goes after the last line of the body', () => {
    assert.equal(add('# to: Sam\r\nWe met at PyCon.\r\n'), `# to: Sam\r\nWe met at PyCon.\r\n${core.ARCHIVE_REQUEST}\r\n`);
  });
  it('goes before a sign-off, even with the signature rule off', () => {
    assert.equal(add('We met at PyCon.\n- Sam Lee'), `We met at PyCon.\n${core.ARCHIVE_REQUEST}\n- Sam Lee`);
    assert.equal(add('We met at PyCon. — Sam'), `We met at PyCon. ${core.ARCHIVE_REQUEST} — Sam`);
  });
});

describe('settings files', () => {
  it('name what is wrong', () => {
    assert.equal(core.settingsFromFile({ maxLength: 300 }).options.maxLength, 300);
    assert.deepEqual(core.settingsFromFile(null).problems, [{ key: '(file)', message: 'expected an object of settings, got null' }]);
  });
});

it('fills a placeholder from the header it names', () => {
  const text = '# team: Growth\nWe met at PyCon; I lead design for the [team] team.';
  const [finding] = core.analyzeDocument(text, core.DEFAULT_OPTIONS).findings.filter((f) => f.ruleId === 'placeholder');
  assert.equal(core.applyEdits(text, finding.fixes[0].edits), '# team: Growth\nWe met at PyCon; I lead design for the Growth team.');
});
