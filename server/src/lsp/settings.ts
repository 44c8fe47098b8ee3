/**
 * Settings per document: defaults <- editor settings (`workspace/configuration`, section
 * `inviteLint`, scoped to the document) <- the nearest `.invitelintrc.json` (the project file wins,
 * as with ESLint). Results are cached per document and dropped on `didChangeConfiguration` and on
 * rc file changes; nothing else is kept globally.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS, GENERAL_SETTINGS, resolveOptions, type Options } from '../core';
import { describeProblem, findConfigFile, readConfigFile } from '../config-file';

const EDITOR_KEYS = [...Object.keys(GENERAL_SETTINGS), 'rules'];

export interface SettingsHost {
  /** Fetches the `inviteLint` section for a document, or undefined when the client cannot. */
  fetchEditorSettings(uri: string): Promise<unknown>;
  /** Reports a problem to the user (deduplicated here). */
  warn(message: string): void;
}

export interface DocumentSettings {
  options: Options;
  /** A stable key of the options, for caches. */
  key: string;
}

async function findRcFile(uri: string): Promise<string | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return await findConfigFile(path.dirname(fileURLToPath(uri)));
  } catch {
    return undefined;
  }
}

function pickEditorKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const picked: Record<string, unknown> = {};
  for (const key of EDITOR_KEYS) {
    if (key in value) picked[key] = (value as Record<string, unknown>)[key];
  }
  return picked;
}

export class SettingsCache {
  private readonly cache = new Map<string, DocumentSettings>();
  private readonly pending = new Map<string, Promise<DocumentSettings>>();
  private readonly warned = new Set<string>();
  private generation = 0;

  constructor(private readonly host: SettingsHost) {}

  /** Cached settings, if known, without waiting. */
  peek(uri: string): DocumentSettings | undefined {
    return this.cache.get(uri);
  }

  get(uri: string): Promise<DocumentSettings> {
    const cached = this.cache.get(uri);
    if (cached) return Promise.resolve(cached);
    const pending = this.pending.get(uri);
    if (pending) return pending;
    const generation = this.generation;
    const promise = this.load(uri).then(
      (settings) => {
        if (this.generation === generation) {
          this.cache.set(uri, settings);
          this.pending.delete(uri);
        }
        return settings;
      },
      () => {
        if (this.generation === generation) this.pending.delete(uri);
        return withKey(DEFAULT_OPTIONS);
      },
    );
    this.pending.set(uri, promise);
    return promise;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.pending.delete(uri);
  }

  clear(): void {
    this.generation++;
    this.cache.clear();
    this.pending.clear();
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.host.warn(message);
  }

  private async load(uri: string): Promise<DocumentSettings> {
    let editor: unknown;
    try {
      editor = await this.host.fetchEditorSettings(uri);
    } catch {
      editor = undefined;
    }
    const fromEditor = resolveOptions(pickEditorKeys(editor), DEFAULT_OPTIONS, false);
    // Every problem of one load goes in one message (one popup per settings change, not per key).
    const sections: string[] = [];
    if (fromEditor.problems.length > 0) {
      const list = fromEditor.problems.map((problem) => `inviteLint.${problem.key}: ${problem.message}`);
      sections.push(`bad settings, using the defaults for them: ${list.join('; ')}`);
    }
    let options = fromEditor.options;
    const rcPath = await findRcFile(uri);
    if (rcPath) {
      const fromRc = await readConfigFile(rcPath, options);
      if (fromRc.problems.length > 0) sections.push(`${rcPath}: bad settings, ignoring them: ${fromRc.problems.map(describeProblem).join('; ')}`);
      options = fromRc.options;
    }
    if (sections.length > 0) this.warn(`Invite Lint: ${sections.join('. ')}.`);
    return withKey(options);
  }
}

export function withKey(options: Options): DocumentSettings {
  const rules = Object.keys(options.rules)
    .sort()
    .map((id) => [id, options.rules[id]]);
  return { options, key: JSON.stringify([options.maxLength, options.countUnit, rules, options.extraGenericPhrases, options.extraPlaceholders]) };
}
