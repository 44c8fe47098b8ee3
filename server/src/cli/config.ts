import { DEFAULT_OPTIONS, type Options } from '../core';
import { describeProblem, readConfigFile } from '../config-file';
import { UsageError } from './files';

/** Loads a configuration file over the defaults; any mistake in it is a usage error naming the key. */
export async function loadConfig(path: string): Promise<Options> {
  const { options, problems } = await readConfigFile(path, DEFAULT_OPTIONS);
  if (problems.length > 0) throw new UsageError(`${path}: ${describeProblem(problems[0])}`);
  return options;
}
