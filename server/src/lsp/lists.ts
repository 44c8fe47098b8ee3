/**
 * Templates and the recipient lists they name, as the server reads them: a list only from the
 * workspace folder that holds the template (or the template's own folder when no workspace is
 * open), never for an unsaved note; a list open in the editor is read as the editor holds it.
 */
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateAnalyzer, type CampaignSummary, type CountUnit, type NoteAnalysis, type RecipientSource, type VariableStats } from '../core';
import type { DocumentSettings } from './settings';
import { locateList, readLocated, tooLarge, type Located } from '../recipients-file';
import { runningTotals } from './notes';

/** Files a template's list can be; a change to one re-checks the open templates. */
export const LIST_FILES = '**/*.{csv,tsv,txt}';
const LIST_FILE = /\.(?:csv|tsv|txt)$/i;

export const isListFile = (uri: string) => LIST_FILE.test(uri);

/** A list open in the editor: the server reads it for templates and never checks it as a note. */
export const isListDocument = (document: { languageId: string; uri: string }) => document.languageId !== 'invite' && isListFile(document.uri);

/** Recipients checked as you type; the CLI checks every one. */
export const MAX_LIVE_RECIPIENTS = 2_000;

/** An open list's unsaved text: it wins over the file while the editor holds it. */
interface Edited {
  text: string;
  version: number;
}

export class ListReader {
  private folders: string[] = [];
  private readonly edited = new Map<string, Edited>();

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
  }

  /** The editor's text of an open list file (`uri`), or none once it closes. */
  setEdited(uri: string, edited: Edited | undefined): void {
    if (!uri.startsWith('file:')) return;
    const path = realOrSame(fileURLToPath(uri));
    if (edited) this.edited.set(path, edited);
    else this.edited.delete(path);
  }

  private placed(uri: string): { path: string; roots: string[] } | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const holding = this.folders.filter((folder) => path.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
    return { path, roots: holding.length > 0 ? holding : [dirname(path)] };
  }

  /** Where the list of the template at `uri` is, and the editor's unsaved text of it, if any. */
  private locate(uri: string, value: string): { located: Located; edited?: Edited } | undefined {
    const placed = this.placed(uri);
    if (!placed) return undefined;
    const located = locateList(placed.path, value, placed.roots);
    const edited = located.problem === undefined ? this.edited.get(located.path) : undefined;
    return edited ? { located, edited } : { located };
  }

  read(uri: string, value: string): { source: RecipientSource; key: string } {
    const found = this.locate(uri, value);
    if (!found) return { source: { problem: 'is read only for a saved template: save this file first' }, key: 'unsaved' };
    const { located, edited } = found;
    return edited ? { source: cappedText(edited.text), key: editedKey(located.key, edited) } : readLocated(located);
  }

  /** What `read` would give as `key` now, from a `stat` alone. */
  key(uri: string, value: string): string {
    const found = this.locate(uri, value);
    if (!found) return 'unsaved';
    return found.edited ? editedKey(found.located.key, found.edited) : found.located.key;
  }
}

const editedKey = (key: string, edited: Edited) => `${key}|edited ${edited.version}`;

const cappedText = (text: string): RecipientSource => tooLarge(Buffer.byteLength(text)) ?? { text };

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
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

