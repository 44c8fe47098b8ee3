/**
 * `invite-lint expand`: every recipient's final note from a template, as CSV rows (their columns,
 * the note, its count and limit, its problems), ready for a spreadsheet or an outreach tool.
 * Notes with an error are left out unless `--allow-errors`.
 */
import { dirname, resolve } from 'node:path';
import { DEFAULT_OPTIONS, isTemplate, LIST_RULE, parseNote, rowList, VARIABLE_RULE, splitNotes, toCsv, type Options, type RecipientNote } from '../core';
import { configFinder } from '../config-file';
import { loadConfig } from './config';
import { fileAnalyzer } from './analyzer';
import { parseArguments, readText, SkippedFile, UsageError, writeOutput } from './files';
import { writeOut } from './output';

export const EXPAND_HELP = `       invite-lint expand <template.invite> [--out notes.csv] [--bom] [--allow-errors] [--note <n>]

Writes one CSV row per recipient of a template (a note with "# recipients: list.csv"): the
recipient's columns, then note, count, limit and problems. Notes with an error are left out
(and the exit status is 1) unless --allow-errors. --bom starts the file with a UTF-8 byte order
mark, for Excel. --note picks the template when the file holds several (1 is the first note).
`;

interface ExpandFlags {
  template: string;
  out?: string;
  bom: boolean;
  allowErrors: boolean;
  note?: number;
  config?: string;
  listsFrom: string[];
}

function parseExpandFlags(argv: string[]): ExpandFlags {
  const parsed = parseArguments(argv, {
    out: { type: 'string', short: 'o' },
    bom: { type: 'boolean' },
    'allow-errors': { type: 'boolean' },
    note: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'lists-from': { type: 'string', multiple: true },
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`expand takes one template file, got ${positionals.length}`);
  const note = values.note === undefined ? undefined : Number(values.note);
  if (note !== undefined && (!Number.isInteger(note) || note < 1)) throw new UsageError(`--note must be a note number (1 or more), got "${values.note}"`);
  return { template: positionals[0], out: values.out, bom: values.bom ?? false, allowErrors: values['allow-errors'] ?? false, note, config: values.config, listsFrom: values['lists-from'] ?? [] };
}

async function optionsFor(flags: ExpandFlags, path: string, cwd: string): Promise<Options> {
  const config = flags.config ? resolve(cwd, flags.config) : await configFinder()(dirname(path));
  return config ? loadConfig(config) : DEFAULT_OPTIONS;
}

/** The template note of the file: the one `--note` names, else the only one. */
function templateText(text: string, path: string, note: number | undefined): string {
  const notes = splitNotes(text).map((span) => text.slice(span.start, span.end));
  const templates = notes.map((noteText, index) => ({ noteText, index })).filter(({ noteText }) => isTemplate(parseNote(noteText)));
  if (note !== undefined) {
    const chosen = templates.find(({ index }) => index === note - 1);
    if (!chosen) throw new UsageError(`${path}: note ${note} is not a template (it has no "# recipients:" header)`);
    return chosen.noteText;
  }
  if (templates.length === 0) throw new UsageError(`${path}: no note has a "# recipients:" header, so there is nothing to expand`);
  if (templates.length > 1) throw new UsageError(`${path}: holds ${templates.length} templates (notes ${templates.map((t) => t.index + 1).join(', ')}); pick one with --note <n>`);
  return templates[0].noteText;
}

const problemsOf = (note: RecipientNote) => note.analysis.findings.map((f) => `${f.ruleId}: ${f.message}`).join(' | ');
const hasError = (note: RecipientNote) => note.analysis.findings.some((f) => f.severity === 'error');

export async function expandCommand(argv: string[], cwd: string): Promise<number> {
  const flags = parseExpandFlags(argv);
  const path = resolve(cwd, flags.template);
  const text = await readText(path).catch((error: unknown) => {
    throw error instanceof SkippedFile ? new UsageError(error.message) : error;
  });
  const template = templateText(text, flags.template, flags.note);
  const analysis = fileAnalyzer(path, flags.listsFrom, cwd)(template, await optionsFor(flags, path, cwd));
  const notes = analysis.recipientNotes;
  const blocking = analysis.findings.filter((f) => f.severity === 'error' && (f.ruleId === LIST_RULE || f.ruleId === VARIABLE_RULE));
  if (!notes || blocking.length > 0) throw new UsageError(`${flags.template}: ${(blocking[0] ?? analysis.findings[0])?.message ?? 'cannot be expanded'}`);
  const refused = notes.filter(hasError);
  const written = flags.allowErrors ? notes : notes.filter((note) => !hasError(note));
  const columns = analysis.campaign?.columns ?? [];
  const rows = [[...columns, 'note', 'count', 'limit', 'problems'], ...written.map((note) => [...note.recipient.values, note.analysis.note.body, String(note.analysis.count), String(note.analysis.limit), problemsOf(note)])];
  const csv = `${flags.bom ? '\ufeff' : ''}${toCsv(rows)}`;
  if (flags.out) await writeOutput(resolve(cwd, flags.out), csv);
  else await writeOut(csv);
  if (refused.length > 0 && !flags.allowErrors) {
    process.stderr.write(`invite-lint: left out ${refused.length} of ${notes.length} recipients whose notes have errors (${rowList(refused)}); fix the template or pass --allow-errors\n`);
  }
  return refused.length > 0 ? 1 : 0;
}
