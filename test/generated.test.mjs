// The settings in package.json, the README's rule section and the snippets are generated from the
// rule registry and the patterns; this fails when someone edits one side only.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { generatedFiles } from '../scripts/generate.mjs';

for (const file of generatedFiles()) {
  it(`${file.path} matches the rule registry (run npm run gen)`, () => {
    assert.equal(file.current, file.expected);
  });
}
