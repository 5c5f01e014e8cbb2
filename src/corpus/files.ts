import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir` (recursively) whose name matches, as paths relative to `root`, sorted. */
export async function listFiles(root: string, dir: string, match: RegExp): Promise<string[]> {
  const absolute = path.resolve(root, dir);
  let entries: string[];
  try {
    entries = (await readdir(absolute, { recursive: true })) as string[];
  } catch {
    return [];
  }
  return entries
    .filter((entry) => match.test(entry))
    .map((entry) => path.posix.join(dir, entry.split(path.sep).join('/')))
    .sort();
}

/** Synchronous on purpose: thousands of small files read one by one are several times faster than awaited reads. */
export async function readText(root: string, file: string): Promise<string> {
  return readFileSync(path.resolve(root, file), 'utf8');
}

/** File name without folders and extension: the entry's id. */
export function baseId(file: string): string {
  return path.posix.basename(file).replace(/\.[^.]+$/, '');
}
