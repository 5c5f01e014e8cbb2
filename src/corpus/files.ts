import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every plain file below `dir` (recursively) whose name matches, as paths relative to `root`, sorted.
 * Symbolic links are never listed nor followed (a linked folder is not entered): a link could publish
 * any file the build machine can read. `content-entries.ts` reports each one as a problem.
 */
export async function listFiles(root: string, dir: string, match: RegExp): Promise<string[]> {
  const absolute = path.resolve(root, dir);
  if (!isPlainFolder(absolute)) return [];
  let entries;
  try {
    // With `withFileTypes`, a recursive readdir does not descend into linked folders (the string form does).
    entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && match.test(entry.name))
    .map((entry) => {
      const relative = path.relative(absolute, path.join(entry.parentPath, entry.name));
      return path.posix.join(dir, relative.split(path.sep).join('/'));
    })
    .sort();
}

function isPlainFolder(absolute: string): boolean {
  try {
    return lstatSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `file` exists as a plain file, not a link to one. */
export function isPlainFile(root: string, file: string): boolean {
  try {
    return lstatSync(path.resolve(root, file)).isFile();
  } catch {
    return false;
  }
}

/** Whether `file` is a symbolic link (to anything, or to nothing). */
export function isLink(root: string, file: string): boolean {
  try {
    return lstatSync(path.resolve(root, file)).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Synchronous on purpose: thousands of small files read one by one are several times faster than awaited reads.
 * `O_NOFOLLOW` refuses a link even if one appeared after the listing; a FIFO or device is refused too.
 */
export async function readText(root: string, file: string): Promise<string> {
  const fd = openSync(path.resolve(root, file), constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is not a plain file`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** File name without folders and extension: the entry's id. */
export function baseId(file: string): string {
  return path.posix.basename(file).replace(/\.[^.]+$/, '');
}

/** Every plain file below `dir`, relative to `root` with forward slashes, except hidden files and folders. */
export function filesBelow(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.resolve(root, dir), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(path.resolve(root), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter(
      (file) =>
        !file
          .slice(dir.length + 1)
          .split('/')
          .some((part) => part.startsWith('.')),
    )
    .sort();
}
