/**
 * A campaign: one template checked against every recipient of its list. Each recipient's note is
 * expanded and analysed like any note, with their row's headers; the template shows one finding
 * per problem and place, naming the recipients it hits.
 */
import { findHeader, parseNote, type Header, type Note } from '../document';
import { analyzeNote, type NoteAnalysis, type NoteAnalyzer } from '../engine';
import type { Finding, Options, Severity } from '../types';
import { isProfileColumn } from './columns';
import { delimiterOf, parseRecipients, type Recipient, type RecipientList } from './recipients';
import { LIST_RULE, summarise, templateFinding, VARIABLE_RULE } from './summary';
import { variableStats, type VariableStats } from './variables';

export { LIST_RULE, VARIABLE_RULE };
import { expand, findVariables, hasVariables, isVariable, type Expansion, type Variable } from './template';

/** What the server or the CLI read from the file a `# recipients:` header names. */
export type RecipientSource = { text: string } | { problem: string };

/** Gets the `# recipients:` value and returns the file's text or why it cannot be read. */
export type ReadList = (value: string) => RecipientSource;

/** What is kept of a recipient's analysis: its verdict and plain findings, without the judgment or fixes behind them. */
export type RecipientAnalysis = Pick<NoteAnalysis, 'note' | 'limit' | 'count' | 'personal' | 'findings'>;

export interface RecipientNote {
  recipient: Recipient;
  /** Who it is, for messages: the `to` column, the name columns, else the first value. */
  label: string;
  expansion: Expansion;
  analysis: RecipientAnalysis;
}

export interface CampaignSummary {
  /** The list's column names, as written. */
  columns: string[];
  recipients: number;
  /** The recipient whose note is longest against its limit. */
  longest?: RecipientNote;
  over: number;
  /** Recipients for whom nothing personal is left once names and companies are set aside. */
  couldGoToAnyone: number;
  /** What each variable holds across the list. */
  variables: VariableStats[];
}

export const RECIPIENTS_HEADER = 'recipients';

/** The campaign's own checks, described as rules are, for SARIF. */
export const CAMPAIGN_CHECKS = [
  { id: LIST_RULE, description: 'The recipient list a template names cannot be read, is damaged, or repeats a recipient.', explanation: 'A template is checked against every row of its list (`# recipients: people.csv`): a missing, damaged or oversized list stops that check, and a recipient listed twice would get the same note twice.', defaultSeverity: 'error' as Severity },
  { id: VARIABLE_RULE, description: 'A template variable has no column, or no value for some recipients.', explanation: 'Each `{{column}}` is filled from the recipient\'s row. A variable with no column would be sent as written; an empty value leaves a hole in the note unless the variable has a fallback (`{{company|your team}}`).', defaultSeverity: 'error' as Severity },
];

export function isTemplate(note: Note): boolean {
  return findHeader(note, RECIPIENTS_HEADER) !== undefined;
}

const NAME_COLUMNS = [['to'], ['firstname', 'lastname'], ['fullname'], ['name'], ['firstname']];

export function labelOf(list: RecipientList, recipient: Recipient): string {
  for (const keys of NAME_COLUMNS) {
    const values = keys.map((key) => recipient.values[list.keys.indexOf(key)] ?? '');
    if (keys.every((key) => list.keys.includes(key)) && values.some(Boolean)) return values.filter(Boolean).join(' ');
  }
  return recipient.values.find(Boolean) ?? `row ${recipient.row}`;
}

/**
 * Settles an analysis: a list of 100,000 recipients keeps each verdict and its findings, not the
 * tokens and fix closures of every note, which would cost the garbage collector more than the checks.
 */
function settled({ note, limit, count, personal, findings }: NoteAnalysis): RecipientAnalysis {
  return { note, limit, count, personal, findings: findings.map(({ ruleId, severity, message, start, end, noteIndex }) => ({ ruleId, severity, message, start, end, noteIndex, fixes: [] })) };
}

/** One recipient's note, expanded and analysed; `profile` says which columns only fill in who they are. */
export function recipientNote(note: Note, list: RecipientList, variables: Variable[], recipient: Recipient, options: Options, profile = list.keys.map(isProfileColumn)): RecipientNote {
  const expansion = expand(note, variables, list, recipient, (column) => profile[column]);
  return { recipient, label: labelOf(list, recipient), expansion, analysis: settled(analyzeNote(expansion.text, options, expansion.profileValues)) };
}

/** Every recipient's note, expanded and analysed. */
export function recipientNotes(note: Note, list: RecipientList, options: Options, variables = findVariables(note.text, list)): RecipientNote[] {
  const profile = list.keys.map(isProfileColumn);
  return list.recipients.map((recipient) => recipientNote(note, list, variables, recipient, options, profile));
}

/** The list a template names, parsed, or the one-line problem that stops it. */
export function readList(note: Note, header: Header, source: RecipientSource): { list: RecipientList; warnings: string[] } | { problem: string } {
  if ('problem' in source) return { problem: `${header.value} ${source.problem}` };
  const delimiterHeader = findHeader(note, 'delimiter');
  const delimiter = delimiterHeader ? delimiterOf(delimiterHeader.value) : undefined;
  if (delimiterHeader && !delimiter) return { problem: `# delimiter: "${delimiterHeader.value}" is not a delimiter (use comma, semicolon, tab or one character)` };
  const parsed = parseRecipients(source.text, delimiter);
  return 'problem' in parsed ? { problem: `${header.value} ${parsed.problem}` } : parsed;
}

/** Whether a verdict on the template's own text says nothing until its variables have values. */
const needsValues = (found: Finding, text: string, variables: boolean) =>
  (found.ruleId === 'placeholder' && isVariable(text.slice(found.start, found.end))) || (variables && JUDGED_RULES.has(found.ruleId));
const JUDGED_RULES = new Set(['no-personal-touch', 'generic-invite']);

/** The template as a plain note, when there is no list to expand it with. */
function unexpanded(text: string, options: Options, problem: Finding): NoteAnalysis {
  const analysis = analyzeNote(text, options);
  const variables = hasVariables(text);
  const findings = analysis.findings.filter((found) => !needsValues(found, text, variables));
  return withFindings(analysis, [problem, ...findings]);
}

function withFindings(base: NoteAnalysis, findings: Finding[], fields: Partial<NoteAnalysis> = {}): NoteAnalysis {
  return {
    note: base.note,
    limit: base.limit,
    count: base.count,
    get touch() {
      return base.touch;
    },
    get personal() {
      return base.personal;
    },
    ...fields,
    findings,
  };
}

const listFinding = (header: Header, severity: Severity, message: string) => templateFinding(LIST_RULE, severity, header.valueStart, header.valueEnd, message);

/**
 * Analyses a template against its list: the findings summarise every recipient's note; `count`
 * and `limit` are the worst recipient's, and `campaign` says how the list fares.
 */
export function analyzeTemplate(text: string, options: Options, source: RecipientSource, maxRecipients = Infinity): NoteAnalysis {
  const note = parseNote(text);
  const header = findHeader(note, RECIPIENTS_HEADER)!;
  const read = readList(note, header, source);
  if ('problem' in read) return unexpanded(text, options, listFinding(header, 'error', `${read.problem}.`));
  const all = read.list.recipients.length;
  const list = all > maxRecipients ? { ...read.list, recipients: read.list.recipients.slice(0, maxRecipients) } : read.list;
  const { value } = header;
  const capped = all > maxRecipients ? [`Checking the first ${maxRecipients.toLocaleString('en-US')} of ${all.toLocaleString('en-US')} recipients as you type; run invite-lint to check them all`] : [];
  const warnings = [...capped, ...read.warnings.map((warning) => `${value}: ${warning}`)];
  if (list.recipients.length === 0) return unexpanded(text, options, listFinding(header, 'warning', `${value} has no recipients, only the column names.`));
  const variables = findVariables(text, list);
  const notes = recipientNotes(note, list, options, variables);
  const { findings, campaign } = summarise(notes, list, variableStats(variables, list, options.countUnit));
  findings.unshift(...warnings.map((warning) => listFinding(header, 'information', `${warning}.`)));
  const worst = campaign.longest!.analysis;
  // The lens and hover read the first recipient's evidence, which the settled notes no longer hold.
  const first = analyzeNote(notes[0].expansion.text, options, notes[0].expansion.profileValues);
  return withFindings(first, findings, { note, limit: worst.limit, count: worst.count, personal: campaign.couldGoToAnyone === 0, campaign, recipientNotes: notes });
}

/** An analyser for `analyzeDocument` and `fixAll` that checks templates against the lists `read` gives. */
export function templateAnalyzer(read: ReadList, maxRecipients = Infinity): NoteAnalyzer {
  return (text, options) => {
    const header = findHeader(parseNote(text), RECIPIENTS_HEADER);
    return header ? analyzeTemplate(text, options, read(header.value), maxRecipients) : analyzeNote(text, options);
  };
}
