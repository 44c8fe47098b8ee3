// Properties of the engine over random documents: no crash, ranges inside the text, the
// quick-fix promise, fix-all idempotent and never adding an error, graphemes as Intl.Segmenter counts them.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { it } from 'node:test';
import { documentArbitrary, runSettings } from '../helpers/arbitraries.mjs';
import { brokenPromises } from '../helpers/contract.mjs';
import { core } from '../helpers/core.mjs';

const settings = runSettings(300);
const errorsOf = (text) => core.analyzeDocument(text, core.DEFAULT_OPTIONS).findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`).sort();

it(`every finding lies inside the document, in order (seed ${settings.seed})`, () => {
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      let last = 0;
      for (const finding of core.analyzeDocument(text, core.DEFAULT_OPTIONS).findings) {
        assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length);
        for (const fix of finding.fixes) for (const edit of fix.edits) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length);
        last = finding.start;
      }
      return last <= text.length;
    }),
    settings,
  );
});

it('every quick fix keeps its promise on every note', () => {
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      for (const span of core.splitNotes(text)) assert.deepEqual(brokenPromises(text.slice(span.start, span.end)), []);
    }),
    settings,
  );
});

it('fix-all is idempotent and never adds an error', () => {
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      const once = core.fixAll(text, core.DEFAULT_OPTIONS).text;
      assert.equal(core.fixAll(once, core.DEFAULT_OPTIONS).text, once);
      const before = errorsOf(text);
      for (const error of errorsOf(once)) assert.ok(before.includes(error), `fix-all added ${error}`);
    }),
    settings,
  );
});

it('counts graphemes as Intl.Segmenter does', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const text = fc.oneof(documentArbitrary, fc.fullUnicodeString({ maxLength: 300 }), fc.array(fc.constantFrom('\u200d', '\u200b', '\u0301', '👩', '🏽', '🇫', '🇷', '\u1100', '\u1161', '\u11a8', 'e', '\r', '\n', '\u094d', 'क', '\u0600'), { maxLength: 1500 }).map((a) => a.join('')));
  fc.assert(
    fc.property(text, (value) => core.countText(value, 'graphemes') === [...segmenter.segment(value)].length),
    { ...settings, numRuns: settings.numRuns * 3 },
  );
});
