/**
 * Reads the recipient list a template names, for the server and the CLI. Only a regular file
 * under one of the allowed folders (the workspace folder, or the template's folder tree for the
 * CLI), reached without leaving them through a link, up to the documented size, as UTF-8.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_RECIPIENT_FILE_BYTES, type RecipientSource } from './core';

export interface ListFile {
  source: RecipientSource;
  /** The resolved path and what changes when the file does: a cached analysis is stale when it differs. */
  key: string;
}

const within = (path: string, root: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

function realRoots(roots: readonly string[]): string[] {
  return roots.flatMap((root) => {
    try {
      return [realpathSync(root)];
    } catch {
      return [];
    }
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decoded(bytes: Buffer): RecipientSource {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { problem: 'is not UTF-8 text (save it as "CSV UTF-8")' };
  }
}

/** Text past the cap is refused, never read in part. */
export const tooLarge = (bytes: number): RecipientSource | undefined =>
  bytes > MAX_RECIPIENT_FILE_BYTES ? { problem: `is ${(bytes / 1048576).toFixed(1)} MiB, more than the ${MAX_RECIPIENT_FILE_BYTES / 1048576} MiB a list may be` } : undefined;

function readCapped(path: string): RecipientSource {
  // Non-blocking, so that a FIFO put in the file's place after the check cannot hang the read.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const size = fstatSync(fd).size;
    const refused = tooLarge(size);
    if (refused) return refused;
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    return decoded(bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

const PROBLEMS: Record<string, string> = { ENOENT: 'does not exist', EACCES: 'cannot be read (permission denied)', EISDIR: 'is a folder, not a file', ELOOP: 'is a link that loops' };

const problemOf = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return PROBLEMS[code] ?? `cannot be read (${code || (error as Error).message})`;
};

/** Where the list is, and its `key`: the path with the file's stamp, or with why it cannot be read. */
export type Located = { path: string; key: string; problem?: string };

const unreadable = (path: string, problem: string): Located => ({ path, problem, key: `${path}|${problem}` });

/** Where the list is and what changes when it does, or why it cannot be read: no content is read. */
export function locateList(templatePath: string, value: string, roots: readonly string[]): Located {
  const path = resolve(dirname(templatePath), value);
  try {
    const real = realpathSync(path);
    const allowed = realRoots(roots);
    if (!allowed.some((root) => within(real, root))) return unreadable(path, `is outside ${allowed.length === 1 ? `the folder ${allowed[0]}` : 'the allowed folders'}; a list is read only from there`);
    const stat = statSync(real);
    if (!stat.isFile()) return unreadable(path, stat.isDirectory() ? PROBLEMS.EISDIR : 'is not a regular file');
    return { path: real, key: `${real}|${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}` };
  } catch (error) {
    return unreadable(path, problemOf(error));
  }
}

/** Reads `value` (the `# recipients:` header) relative to the template at `templatePath`. */
export function readListFile(templatePath: string, value: string, roots: readonly string[]): ListFile {
  return readLocated(locateList(templatePath, value, roots));
}

/** Reads a list `locateList` found (or gives its problem). */
export function readLocated({ path, key, problem }: Located): ListFile {
  if (problem !== undefined) return { source: { problem }, key };
  try {
    return { source: readCapped(path), key };
  } catch (error) {
    return { source: { problem: problemOf(error) }, key };
  }
}
