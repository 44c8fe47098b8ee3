import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument, COUNT_UNITS, DEFAULT_OPTIONS, fixAll, resolveOptions, type CountUnit, type Options } from './core';
import { loadConfig } from './cli/config';
import { expandPaths, readText, SkippedFile, UsageError, writeAtomically } from './cli/files';
import { CONFIG_FILE_NAME, findConfigFile } from './config-file';
import { VERSION } from './version';
import { formatJson, formatSarif, formatStylish, type FileReport } from './cli/report';

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: invite-lint [options] [paths, directories or globs...]

Checks LinkedIn invitation notes in .invite files (a directory is searched for *.invite;
with no paths, the current directory).

Options:
  -f, --format <stylish|json|sarif>
                                  output format (default: stylish)
  --fix                           apply the safe fixes and write the files back
  --max-length <n>                character limit of a note (default: 200)
  --count-unit <utf16|codepoints|graphemes>
                                  how characters are counted (default: utf16)
  -c, --config <file>             use this configuration file instead of the nearest ${CONFIG_FILE_NAME}
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no errors, 1 an error-severity problem was found, 2 usage or file error.
`;

interface Flags {
  format: Format;
  fix: boolean;
  overrides: Record<string, unknown>;
  config?: string;
  paths: string[];
}

function parseFlags(argv: string[]): Flags | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'max-length': { type: 'string' },
        'count-unit': { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const overrides: Record<string, unknown> = {};
  if (values['max-length'] !== undefined) {
    const maxLength = Number(values['max-length']);
    if (!/^\d+$/.test(values['max-length']) || maxLength < 1) throw new UsageError(`--max-length must be a positive integer, got "${values['max-length']}"`);
    overrides.maxLength = maxLength;
  }
  if (values['count-unit'] !== undefined) {
    if (!COUNT_UNITS.includes(values['count-unit'] as CountUnit)) {
      throw new UsageError(`--count-unit must be one of ${COUNT_UNITS.join(', ')}, got "${values['count-unit']}"`);
    }
    overrides.countUnit = values['count-unit'];
  }
  return { format, fix: values.fix ?? false, overrides, config: values.config, paths: positionals.length ? positionals : ['.'] };
}

/** Options for one file: the given or nearest config file, then the command line's overrides. */
function optionsResolver(flags: Flags, cwd: string): (file: string) => Promise<Options> {
  const byConfigPath = new Map<string, Promise<Options>>();
  const load = (path: string | undefined) => {
    const key = path ?? '';
    if (!byConfigPath.has(key)) {
      const base = path ? loadConfig(path) : Promise.resolve(DEFAULT_OPTIONS);
      byConfigPath.set(key, base.then((options) => resolveOptions(flags.overrides, options).options));
    }
    return byConfigPath.get(key)!;
  };
  if (flags.config) {
    const explicit = load(resolve(cwd, flags.config));
    return () => explicit;
  }
  return async (file) => load(await findConfigFile(dirname(file)));
}

async function checkFile(path: string, options: Options, fix: boolean): Promise<FileReport> {
  let text = await readText(path);
  let fixed = 0;
  if (fix) {
    const result = fixAll(text, options);
    if (result.fixed > 0) {
      await writeAtomically(path, result.text);
      text = result.text;
      fixed = result.fixed;
    }
  }
  return { path, text, findings: analyzeDocument(text, options).findings, fixed };
}

export async function main(argv: string[], cwd: string): Promise<number> {
  const flags = parseFlags(argv);
  if (flags === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (flags === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const files = await expandPaths(flags.paths, cwd);
  const optionsFor = optionsResolver(flags, cwd);
  const reports: FileReport[] = [];
  let skipped = 0;
  for (const file of files) {
    try {
      reports.push(await checkFile(file, await optionsFor(file), flags.fix));
    } catch (error) {
      if (!(error instanceof SkippedFile)) throw error;
      process.stderr.write(`invite-lint: ${error.message}\n`);
      skipped++;
    }
  }
  const output =
    flags.format === 'json'
      ? formatJson(reports)
      : flags.format === 'sarif'
        ? formatSarif(reports, cwd, VERSION)
        : formatStylish(reports, cwd, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  process.stdout.write(output);
  if (skipped > 0) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`invite-lint: ${message}\n`);
    process.exitCode = 2;
  },
);
