// The swap test: every phrase table entry matches its own example, the labelled corpus is judged
// without a mistake, the examples are judged right, and the lens agrees with the rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { core, findingsOf, loud } from '../helpers/core.mjs';
import { judgeCorpus } from '../helpers/corpus.mjs';

const ids = (text) => [...new Set(loud(findingsOf(text)).map((f) => f.ruleId))].sort();

describe('phrase tables', () => {
  for (const [name, table] of Object.entries(core.PHRASE_TABLES)) {
    table.forEach((shape, index) => {
      it(`${name}[${index}] matches its example: ${shape.example}`, () => assert.ok(core.shapeMatchesExample(shape)));
    });
  }
  core.SALES_PITCH.forEach((shape, index) => {
    it(`SALES_PITCH[${index}] matches its example: ${shape.example}`, () => assert.match(shape.example, core.phraseRegex([shape.pattern], 'i')));
  });
  it('list no word twice', () => assert.deepEqual(core.REPEATED_WORDS, []));
});

describe('the corpus', () => {
  const notes = judgeCorpus().filter((note) => !note.file.startsWith('ambiguous'));
  it('holds at least 300 careful and 300 lazy notes', () => {
    assert.ok(notes.filter((n) => n.careful).length >= 300);
    assert.ok(notes.filter((n) => n.expected.size > 0).length >= 300);
  });
  for (const note of notes) {
    it(`${note.file}: ${note.body.replace(/\n/g, ' ').slice(0, 80)}`, () => {
      assert.deepEqual([...note.found].sort(), [...note.expected].sort());
    });
  }
});

describe('the examples of the judgment issue', () => {
  const cases = [
    ['Saw your profile and really admire your career, happy to connect!', ['generic-invite', 'no-personal-touch']],
    ["Fellow Reed '11 alum, now in Boise too!", []],
    ["I'd like to invite you to join my LinkedIn network.", ['generic-invite', 'no-personal-touch']],
    ['We met at the Denver product meetup. I would love to add you to my LinkedIn contacts.', ['generic-invite']],
    ["I'd like to add you to my professional net\u200bwork on LinkedIn.", ['generic-invite', 'invisible-character', 'no-personal-touch']],
    ['I would like to add you to my network because we share more than five first-degree connections. We also belong to the Product Ops group.', []],
    ['Hope your week is going well! I am a senior product manager.', ['no-personal-touch']],
    ['I start my residency at your clinic in August.', []],
    ['We traded replies on the forum for months.', []],
    ['Hi *|FNAME|*, we met at PyCon.', ['placeholder']],
    ['Hello ____, we met at PyCon.', ['placeholder']],
    ['Hi {{ first_name }}, we met at PyCon in ${city}.', ['placeholder']],
    ['Dear Esteemed Colleague, we met at PyCon.', ['form-greeting']],
    ['We met at PyCon. EARLY BIRD PRICING ENDS FRIDAY.', ['sales-pitch', 'shouting']],
    ['We met at PyCon. Could you spare 20 minutes next week?', ['sales-pitch']],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(ids(text), expected));
  }
});

describe('verdicts are explained', () => {
  it('the lens shows evidence exactly when the rule stays silent, on every corpus note', () => {
    for (const note of judgeCorpus()) {
      const lensEvidence = Object.values(note.touch).filter(Boolean);
      assert.equal(lensEvidence.length > 0, !note.found.has('no-personal-touch'), note.body);
      for (const words of lensEvidence) assert.ok(note.body.replace(/\s+/g, ' ').includes(words), `${words} is not in: ${note.body}`);
    }
  });

  it('names the words that make a note personal, per element', () => {
    const [{ analysis }] = core.analyzeDocument('Your guest episode on the Build podcast changed how I run standups.', core.DEFAULT_OPTIONS).notes;
    assert.match(analysis.touch.work, /episode on the Build podcast/);
    assert.equal(analysis.touch.mutual, undefined);
    // A work noun in a sentence about meeting, with nothing of theirs, names where you met.
    const met = core.analyzeNote('We met at the Lisbon design systems meetup in May and talked about token pipelines.', core.DEFAULT_OPTIONS).touch;
    assert.match(met.met, /Lisbon/);
    assert.equal(met.work, undefined);
  });
});

describe("the README's swap-test table", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('| could go to anyone'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2).map((row) => row.split('|').slice(1, 3).map((cell) => cell.trim()));
  it('has examples on both sides', () => assert.ok(rows.length >= 3));
  for (const [lazy, careful] of rows) {
    it(`reports: ${lazy}`, () => assert.ok(ids(lazy).includes('no-personal-touch')));
    it(`passes: ${careful}`, () => assert.deepEqual(ids(careful), []));
  }
});
