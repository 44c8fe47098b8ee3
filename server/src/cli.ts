import { dirname, resolve } from 'node:path';
import { analyzeDocument, COUNT_UNITS, DEFAULT_OPTIONS, fixAll, resolveOptions, type CountUnit, type Options } from './core';
import { fileAnalyzer } from './cli/analyzer';
import { expandCommand, EXPAND_HELP } from './cli/expand';
import { loadConfig } from './cli/config';
import { expandPaths, parseArguments, readText, SkippedFile, UsageError, writeFixed } from './cli/files';
import { CONFIG_FILE_NAME, configFinder } from './config-file';
import { VERSION } from './version';
import { addToTotals, emptyTotals, jsonReporter, sarifReporter, stylishReporter, type FileReport, type Reporter } from './cli/report';
import { writeOut } from './cli/output';

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
  --lists-from <folder>           also read recipient lists from this folder (by default only from
                                  the template's own folder and below); may be repeated
  -h, --help                      show this help
  -v, --version                   show the version

${EXPAND_HELP}
Exit status: 0 no errors, 1 an error-severity problem was found, 2 usage or file error.
`;

interface Flags {
  format: Format;
  fix: boolean;
  listsFrom: string[];
  overrides: Record<string, unknown>;
  config?: string;
  paths: string[];
}

function parseFlags(argv: string[]): Flags | 'help' | 'version' {
  const parsed = parseArguments(argv, {
    format: { type: 'string', short: 'f' },
    fix: { type: 'boolean' },
    'max-length': { type: 'string' },
    'count-unit': { type: 'string' },
    config: { type: 'string', short: 'c' },
    'lists-from': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
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
  return { format, fix: values.fix ?? false, listsFrom: values['lists-from'] ?? [], overrides, config: values.config, paths: positionals.length ? positionals : ['.'] };
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
  const find = configFinder();
  return async (file) => load(await find(dirname(file)));
}

/** Checks one file, and fixes it with `fix`; a file that cannot be written is still reported, unfixed, with why. */
async function checkFile(path: string, options: Options, flags: Flags, cwd: string): Promise<{ report: FileReport; unwritten?: SkippedFile }> {
  let text = await readText(path);
  let fixed = 0;
  let unwritten: SkippedFile | undefined;
  const analyze = fileAnalyzer(path, flags.listsFrom, cwd);
  if (flags.fix) {
    const result = fixAll(text, options, analyze);
    if (result.fixed > 0) {
      try {
        await writeFixed(path, result.text);
        text = result.text;
        fixed = result.fixed;
      } catch (error) {
        if (!(error instanceof SkippedFile)) throw error;
        unwritten = error;
      }
    }
  }
  return { report: { path, text, findings: analyzeDocument(text, options, analyze).findings, fixed }, unwritten };
}

function reporterFor(flags: Flags, cwd: string): Reporter {
  if (flags.format === 'json') return jsonReporter();
  if (flags.format === 'sarif') return sarifReporter(cwd, VERSION);
  return stylishReporter(cwd, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
}

/** Files are read this many ahead of the one being reported, so that reading overlaps checking. */
const READ_AHEAD = 16;

export async function main(argv: string[], cwd: string): Promise<number> {
  if (argv[0] === 'expand') return expandCommand(argv.slice(1), cwd);
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
  const reporter = reporterFor(flags, cwd);
  const totals = emptyTotals();
  const check = (file: string) =>
    optionsFor(file)
      .then((options) => checkFile(file, options, flags, cwd))
      .catch((error: unknown) => {
        if (!(error instanceof SkippedFile)) throw error;
        return error;
      });
  const queue = files.slice(0, READ_AHEAD).map(check);
  await writeOut(reporter.start());
  for (let i = 0; i < files.length; i++) {
    const outcome = await queue[i];
    if (i + READ_AHEAD < files.length) queue.push(check(files[i + READ_AHEAD]));
    queue[i] = Promise.resolve(undefined as never);
    const failure = outcome instanceof SkippedFile ? outcome : outcome.unwritten;
    if (failure) {
      process.stderr.write(`invite-lint: ${failure.message}\n`);
      totals.failed++;
    }
    if (outcome instanceof SkippedFile) continue;
    addToTotals(totals, outcome.report);
    for (const part of reporter.file(outcome.report)) await writeOut(part);
  }
  await writeOut(reporter.end(totals));
  if (totals.failed > 0) return 2;
  return totals.counts.error > 0 ? 1 : 0;
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
