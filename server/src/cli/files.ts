import { readFile, rename, stat, writeFile, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

/** A file that cannot be checked; the others still are. */
export class SkippedFile extends UsageError {}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

async function kind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/** Expands the command line's paths, directories and globs into `.invite` files. */
export async function expandPaths(args: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const found = await kind(path);
    if (found === 'file') {
      files.add(path);
    } else if (found === 'directory') {
      const matches = await glob('**/*.invite', { cwd: path, absolute: true, ignore: IGNORED, dot: false });
      if (matches.length === 0) throw new UsageError(`no .invite files in directory ${arg}`);
      for (const match of matches) files.add(match);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, ignore: IGNORED });
      if (matches.length === 0) throw new UsageError(`no files match ${arg}`);
      for (const match of matches) files.add(match);
    } else {
      throw new UsageError(`no such file or directory: ${arg}`);
    }
  }
  return [...files].sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a text file; a binary or non-UTF-8 file is refused with the reason. */
export async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new SkippedFile(`${path}: binary file, skipped`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new SkippedFile(`${path}: not valid UTF-8, skipped`);
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves a truncated file. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const { mode } = await stat(path);
  try {
    await writeFile(temporary, text, { mode });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
