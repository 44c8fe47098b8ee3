/** The `.invitelintrc.json` file, found and read the same way by the CLI and the language server. */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { settingsFromFile, type Options, type ResolvedOptions } from './core';

export const CONFIG_FILE_NAME = '.invitelintrc.json';

const isConfigFile = (path: string) => stat(path).then((info) => info.isFile(), () => false);

/** The nearest configuration file in `directory` or above it. */
export function findConfigFile(directory: string): Promise<string | undefined> {
  return configFinder()(directory);
}

/** `findConfigFile` that looks in each directory once, for a run over many files. */
export function configFinder(): (directory: string) => Promise<string | undefined> {
  const known = new Map<string, Promise<string | undefined>>();
  const find = (dir: string): Promise<string | undefined> => {
    let found = known.get(dir);
    if (!found) {
      const candidate = join(dir, CONFIG_FILE_NAME);
      found = isConfigFile(candidate).then((exists) => (exists ? candidate : dirname(dir) === dir ? undefined : find(dirname(dir))));
      known.set(dir, found);
    }
    return found;
  };
  return find;
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

/** "PropertyNameExpected" as "property name expected". */
const words = (code: string) => code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

/** Where an offset of the text is, 1-based, for a message. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  return `line ${line}, column ${offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))}`;
}

/**
 * Parses a configuration file as VS Code parses its settings: comments and trailing commas are
 * allowed, a byte order mark is ignored, and a mistake is one line naming where it is.
 */
export function parseSettingsFile(text: string, base: Options): ResolvedOptions {
  const source = text.replace(/^\ufeff/, '');
  const errors: ParseError[] = [];
  const json: unknown = parse(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const [first] = errors;
    return { options: base, problems: [{ key: '(file)', message: `invalid JSON at ${lineAndColumn(source, first.offset)}: ${words(printParseErrorCode(first.error))}` }] };
  }
  return settingsFromFile(json ?? null, base);
}

/** A problem as users read it: `key: message`, or the message alone for the whole file. */
export function describeProblem(problem: { key: string; message: string }): string {
  return problem.key === '(file)' ? problem.message : `${problem.key}: ${problem.message}`;
}
