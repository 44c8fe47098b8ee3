/**
 * The template's own findings: each problem found in recipients' notes once, where it comes from
 * in the template, with how many recipients it hits and which ones; plus the variables' problems.
 */
import type { Finding, Severity } from '../types';
import type { CampaignSummary, RecipientNote } from './campaign';
import type { RecipientList } from './recipients';
import { toTemplate } from './template';
import type { VariableStats } from './variables';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const SHOWN_ROWS = 5;

interface Group {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  hits: RecipientNote[];
}

/** Problems with the list itself, and with variables, have rule ids of their own. */
export const LIST_RULE = 'recipient-list';
export const VARIABLE_RULE = 'template-variable';

/** A finding on the template itself: it has no fixes, as none would be right for every recipient. */
export const templateFinding = (ruleId: string, severity: Severity, start: number, end: number, message: string, rows?: number[]): Finding => ({
  ruleId,
  severity,
  message,
  start,
  end,
  noteIndex: 0,
  fixes: [],
  ...(rows ? { rows } : {}),
});

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "rows 4, 9 and 17" or "rows 4, 9, 17, 20, 31 and 12 more" */
export function rowsText(rows: readonly number[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).map(String);
  if (rows.length > SHOWN_ROWS) shown.push(`${rows.length - SHOWN_ROWS} more`);
  return `${rows.length === 1 ? 'row' : 'rows'} ${listOf(shown)}`;
}

export const rowList = (hits: readonly { recipient: { row: number } }[]) => rowsText(hits.map((hit) => hit.recipient.row));

const over = (note: RecipientNote) => note.analysis.count - note.analysis.limit;
const longestOf = (notes: readonly RecipientNote[]) => notes.reduce<RecipientNote | undefined>((best, note) => (!best || over(note) > over(best) ? note : best), undefined);

function groupMessage(group: Group, total: number): string {
  const share = group.hits.length === total ? `all ${total} recipients` : `${group.hits.length} of ${total} recipients`;
  if (group.ruleId === 'too-long') {
    const worst = longestOf(group.hits)!;
    return `Too long for ${share} (longest: row ${worst.recipient.row}, ${worst.label}, ${worst.analysis.count}/${worst.analysis.limit}).`;
  }
  if (group.ruleId === 'no-personal-touch') {
    const who = group.hits.length === total ? '' : ` (${rowList(group.hits)})`;
    return `Could go to anyone for ${share}${who}: a filled-in name, company or title is not personal. Say something that fits each person, in the template or in a column of their own.`;
  }
  const rows = group.hits.length === total ? '' : `: ${rowList(group.hits)}`;
  return `${group.message.replace(/\.$/, '')} (for ${share}${rows}).`;
}

/** Groups the recipients' findings by rule and place in the template. */
function groupedFindings(notes: readonly RecipientNote[]): Group[] {
  const groups = new Map<string, Group>();
  for (const note of notes) {
    for (const found of note.analysis.findings) {
      const start = toTemplate(note.expansion, found.start, 'start');
      const end = Math.max(start, toTemplate(note.expansion, found.end, 'end'));
      const key = `${found.ruleId} ${start} ${end}`;
      const group = groups.get(key);
      if (!group) groups.set(key, { ruleId: found.ruleId, severity: found.severity, start, end, message: found.message, hits: [note] });
      else if (group.hits[group.hits.length - 1] !== note) group.hits.push(note);
    }
  }
  return [...groups.values()];
}

function variableFindings(variables: readonly VariableStats[], list: RecipientList): Finding[] {
  const found: Finding[] = [];
  for (const variable of variables) {
    if (variable.column === undefined) {
      found.push(templateFinding(VARIABLE_RULE, 'error', variable.start, variable.end, `{{${variable.name}}} has no column in the recipient list (columns: ${list.columns.join(', ')}).`));
    } else if (variable.emptyRows.length > 0 && variable.fallback === undefined) {
      const verb = variable.emptyRows.length === 1 ? 'has' : 'have';
      found.push(templateFinding(VARIABLE_RULE, 'warning', variable.start, variable.end, `${rowsText(variable.emptyRows)} ${verb} no value for ${variable.column}: give it one, or a fallback ({{${variable.name}|...}}).`, variable.emptyRows));
    }
  }
  return found;
}

export function summarise(notes: readonly RecipientNote[], list: RecipientList, variables: VariableStats[]): { findings: Finding[]; campaign: CampaignSummary } {
  const unknown = new Set(variables.filter((variable) => variable.column === undefined).map((variable) => `${variable.start} ${variable.end}`));
  const findings = groupedFindings(notes)
    // An unknown variable is reported once, as such, not also as a placeholder in every note.
    .filter((group) => !(group.ruleId === 'placeholder' && unknown.has(`${group.start} ${group.end}`)))
    .map((group) => templateFinding(group.ruleId, group.severity, group.start, group.end, groupMessage(group, notes.length), group.hits.map((hit) => hit.recipient.row)));
  findings.push(...variableFindings(variables, list));
  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const campaign: CampaignSummary = {
    columns: list.columns,
    recipients: notes.length,
    longest: longestOf(notes),
    over: notes.filter((n) => over(n) > 0).length,
    couldGoToAnyone: notes.filter((n) => !n.analysis.personal).length,
    variables,
  };
  return { findings, campaign };
}
