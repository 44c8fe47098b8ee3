/**
 * Templates and the recipient lists they name, as the server reads them: a list only from the
 * workspace folder that holds the template (or the template's own folder when no workspace is
 * open), never for an unsaved note.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateAnalyzer, type CampaignSummary, type CountUnit, type NoteAnalysis, type RecipientSource, type VariableStats } from '../core';
import type { DocumentSettings } from './settings';
import { locateList, readListFile } from '../recipients-file';
import { runningTotals } from './notes';

/** Recipients checked as you type; the CLI checks every one. */
export const MAX_LIVE_RECIPIENTS = 2_000;

export class ListReader {
  private folders: string[] = [];

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
  }

  private placed(uri: string): { path: string; roots: string[] } | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const holding = this.folders.filter((folder) => path.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
    return { path, roots: holding.length > 0 ? holding : [dirname(path)] };
  }

  read(uri: string, value: string): { source: RecipientSource; key: string } {
    const placed = this.placed(uri);
    if (!placed) return { source: { problem: 'is read only for a saved template: save this file first' }, key: 'unsaved' };
    return readListFile(placed.path, value, placed.roots);
  }

  /** What `read` would give as `key` now, from a `stat` alone. */
  key(uri: string, value: string): string {
    const placed = this.placed(uri);
    if (!placed) return 'unsaved';
    return locateList(placed.path, value, placed.roots).key;
  }
}

/** What the lens says of a template, without the recipients' notes. */
export interface TemplateSummary {
  recipients: number;
  over: number;
  couldGoToAnyone: number;
  /** The longest recipient's note: its count, and its running count at the end of each body line (the gutter shows these). */
  longest?: { row: number; label: string; count: number; limit: number; lines: number[] };
  columns: string[];
  variables: VariableStats[];
}

export function templateSummary(campaign: CampaignSummary, unit: CountUnit): TemplateSummary {
  const longest = campaign.longest;
  const worst = longest && { row: longest.recipient.row, label: longest.label, count: longest.analysis.count, limit: longest.analysis.limit, lines: runningTotals(longest.analysis.note.body.split('\n'), unit) };
  const { recipients, over, couldGoToAnyone, columns, variables } = campaign;
  return { recipients, over, couldGoToAnyone, columns, variables, ...(worst ? { longest: worst } : {}) };
}

/** A note analysed, a template against its list (read through `lists` for the document `uri`). */
export function analyse(text: string, settings: DocumentSettings, lists: ListReader, uri: string): { analysis: NoteAnalysis; list?: { value: string; key: string } } {
  let list: { value: string; key: string } | undefined;
  const analyze = templateAnalyzer((value) => {
    const { source, key } = lists.read(uri, value);
    list = { value, key };
    return source;
  }, MAX_LIVE_RECIPIENTS);
  return { analysis: analyze(text, settings.options), list };
}

