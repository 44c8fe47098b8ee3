import { dirname, resolve } from 'node:path';
import { templateAnalyzer, type NoteAnalyzer } from '../core';
import { readListFile } from '../recipients-file';

/**
 * Notes analysed as the CLI sees them: a template against its list, read only from the template's
 * folder tree or a `--lists-from` folder (resolved against `cwd`).
 */
export function fileAnalyzer(path: string, listsFrom: readonly string[], cwd: string): NoteAnalyzer {
  const roots = [dirname(path), ...listsFrom.map((folder) => resolve(cwd, folder))];
  return templateAnalyzer((value) => readListFile(path, value, roots).source);
}
