/**
 * What the content folder holds, listed before anything is read, for the rules that look at the folder as a
 * whole (`symlink`, `unread-file`). The readers skip links (`files.ts`); listing them lets the check name each.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentDirs } from './content-dirs.ts';
import { contentFolder } from './content-dirs.ts';
import { filesBelow } from './files.ts';
import type { Problem } from './problem.ts';
import { CONTENT_FOLDER_RULES } from './rules.ts';
import type { ContentListing } from './rules/rule.ts';
import { runRules } from './rules/runner.ts';

/** Every entry below `folder` (relative to `root`) that is not a plain file or folder. */
async function specialEntries(root: string, folder: string): Promise<ContentListing['specialEntries']> {
  const absolute = path.resolve(root, folder);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isFile() && !entry.isDirectory())
    .map((entry) => {
      const relative = path.relative(absolute, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return { file: path.posix.join(folder, relative), symbolicLink: entry.isSymbolicLink() };
    });
}

export async function listContent(root: string, dirs: ContentDirs): Promise<ContentListing> {
  return {
    dirs,
    specialEntries: await specialEntries(root, contentFolder(dirs)),
    filesBelow: {
      claims: filesBelow(root, dirs.claims),
      citations: filesBelow(root, dirs.citations),
      people: filesBelow(root, dirs.people),
      sources: filesBelow(root, dirs.sources),
    },
  };
}

export function checkContentFolder(listing: ContentListing): Problem[] {
  return runRules(CONTENT_FOLDER_RULES, 'contentFolder', listing);
}
