/**
 * Nothing outside the content folder is ever read: a symbolic link inside it (to `/etc/passwd`, to a
 * key file, to a folder elsewhere) would otherwise be published as a source page, a claim or a
 * citation. The readers skip links (`files.ts`); this check names each one, so the editor learns
 * why a file seems missing, and the check and the build stop.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from './problems.ts';

const START = { line: 1, column: 1 };

/** One problem for every entry below `folder` (relative to `root`) that is not a plain file or folder. */
export async function checkContentEntries(root: string, folder: string): Promise<Problem[]> {
  const absolute = path.resolve(root, folder);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.isFile() || entry.isDirectory()) continue;
    const relative = path.relative(absolute, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const file = path.posix.join(folder, relative);
    const what = entry.isSymbolicLink() ? 'symbolic link' : 'special file';
    const reason = `Unexpected ${what}, expected a plain file or folder: links out of content/ are never followed`;
    problems.push(createProblem('symlink', file, START, reason));
  }
  return problems;
}
