/** The `.invitelintrc.json` file, found and read the same way by the CLI and the language server. */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseSettingsFile, type Options, type ResolvedOptions } from './core';

export const CONFIG_FILE_NAME = '.invitelintrc.json';

/** The nearest configuration file in `directory` or above it. */
export async function findConfigFile(directory: string): Promise<string | undefined> {
  for (let dir = directory; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    const found = await stat(candidate).then((info) => info.isFile(), () => false);
    if (found) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads a configuration file over `base`; a file that cannot be read is one problem. */
export async function readConfigFile(path: string, base: Options): Promise<ResolvedOptions> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { options: base, problems: [{ key: '(file)', message: 'cannot be read' }] };
  }
  return parseSettingsFile(text, base);
}

/** A problem as users read it: `key: message`, or the message alone for the whole file. */
export function describeProblem(problem: { key: string; message: string }): string {
  return problem.key === '(file)' ? problem.message : `${problem.key}: ${problem.message}`;
}
