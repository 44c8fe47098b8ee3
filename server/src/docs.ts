/**
 * Where a rule's documentation is: the page `npm run gen` writes for it, installed beside the
 * bundles (dist/ is one level below the package), so that every link a user can click resolves,
 * offline and in any editor.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPath } from './core';

const PACKAGE_ROOT = join(__dirname, '..');

export function ruleDocsUri(ruleId: string): string {
  return pathToFileURL(join(PACKAGE_ROOT, docsPath(ruleId))).href;
}
