import { readFile } from 'node:fs/promises';
import { DEFAULT_OPTIONS, resolveOptions, type Options } from '../core';
import { UsageError } from './files';

export const CONFIG_FILE_NAME = '.invitelintrc.json';

/** Loads a configuration file over the defaults; any mistake in it is a usage error naming the key. */
export async function loadConfig(path: string): Promise<Options> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read config file ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new UsageError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`${path}: expected an object of settings, got ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`);
  }
  const { options, problems } = resolveOptions(json, DEFAULT_OPTIONS, true);
  if (problems.length > 0) {
    const [first] = problems;
    throw new UsageError(`${path}: ${first.key}: ${first.message}`);
  }
  return options;
}
