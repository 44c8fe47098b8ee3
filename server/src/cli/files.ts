import { access, chown, constants, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

/** A file that cannot be checked or fixed; the others still are. */
export class SkippedFile extends UsageError {}

/** `parseArgs` with its mistakes as one-line usage errors. */
export function parseArguments<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true as const, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Files larger than this are refused: no note file comes near it, and /dev/zero never ends. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

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

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOENT') return 'it no longer exists';
  return code ?? (error as Error)?.message ?? String(error);
}

/**
 * Reads a note file. Only regular files are read (a FIFO or a device, also behind a link, is
 * refused before it is opened), never more than `MAX_FILE_BYTES`; binary and non-UTF-8 files are
 * refused with the reason.
 */
export async function readText(path: string): Promise<string> {
  return utf8Text(path, readRegularFile(path));
}

/**
 * The file's bytes, read synchronously: a note file is small and the run is bound by checking, and
 * each asynchronous call costs more than the read itself (O_NONBLOCK: a FIFO swapped in after the
 * check cannot block).
 */
function readRegularFile(path: string): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw new SkippedFile(`${path}: cannot be read (${reason(error)}), skipped`);
  }
  if (!info.isFile()) throw new SkippedFile(`${path}: not a regular file (a FIFO, device or socket), skipped`);
  if (info.size > MAX_FILE_BYTES) throw new SkippedFile(`${path}: larger than 64 MiB, skipped`);
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) throw new SkippedFile(`${path}: not a regular file, skipped`);
    const buffer = Buffer.alloc(Math.min(info.size, MAX_FILE_BYTES) + 1);
    const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_FILE_BYTES) throw new SkippedFile(`${path}: larger than 64 MiB, skipped`);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof SkippedFile) throw error;
    throw new SkippedFile(`${path}: cannot be read (${reason(error)}), skipped`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function utf8Text(path: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new SkippedFile(`${path}: binary file, skipped`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new SkippedFile(`${path}: not valid UTF-8, skipped`);
  }
}

/** Temporary files being written; removed if the process is interrupted. */
const pending = new Set<string>();

function removePending(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear();
}

let handlersInstalled = false;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removePending();
      process.exit(code);
    });
  }
}

/** The temporary file's name: `.<name>.invite-lint-<pid>-<random>.tmp` beside the file it replaces. */
export function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.invite-lint-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Writes a fixed note file so that nothing is lost: through links to the file they point at, with
 * its owner and mode kept, via a temporary file, `fsync` and a rename (a crash or a full disk
 * leaves the original whole). A read-only file and a file with several hard links (a rename would
 * split them) are refused and left untouched.
 */
export async function writeFixed(path: string, text: string): Promise<void> {
  let target: string;
  let info;
  try {
    target = await realpath(path);
    info = await stat(target);
  } catch (error) {
    throw new SkippedFile(`${path}: not fixed (${reason(error)})`);
  }
  if ((info.mode & 0o222) === 0) throw new SkippedFile(`${path}: read-only, not fixed`);
  if (info.nlink > 1) throw new SkippedFile(`${path}: has ${info.nlink} hard links and replacing it would split them, not fixed`);
  try {
    await access(target, constants.W_OK);
  } catch (error) {
    throw new SkippedFile(`${path}: not writable (${reason(error)}), not fixed`);
  }
  await install(target, text, info.mode & 0o7777, info, `${path}: could not be written`, 'left unchanged');
}

/** Writes `text` to a temporary file beside `target`, syncs it and renames it over `target`. */
async function install(target: string, text: string, mode: number, owner: { uid: number; gid: number } | undefined, failure: string, outcome: string): Promise<void> {
  installSignalHandlers();
  const temporary = temporaryName(target);
  pending.add(temporary);
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (owner && process.getuid?.() === 0 && (owner.uid !== 0 || owner.gid !== 0)) await chown(temporary, owner.uid, owner.gid);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new SkippedFile(`${failure} (${reason(error)}), ${outcome}`);
  } finally {
    pending.delete(temporary);
  }
}

/** Writes an output file: a new one with the usual mode, an existing one as `writeFixed` does (links, owner and mode kept). */
export async function writeOutput(path: string, text: string): Promise<void> {
  const exists = await lstat(path).then(
    () => true,
    () => false,
  );
  if (exists) return writeFixed(path, text);
  await install(path, text, 0o644 & ~process.umask(), undefined, `${path}: could not be written`, 'nothing written');
}
