/**
 * Files in the content folders that no loader reads (`unread-file`): a claim saved as `.MDX`, `.markdown` or
 * `.txt`, a citation as `.YAML` or `.json`, a source's `Article.txt`. Each would otherwise be skipped without a
 * word, so the check said "ok" for work that is not on the site. Hidden files (`.gitkeep`) are left alone.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { freeId, idFromName } from './check-ids.ts';
import { CLAIM_FILE } from './claim-files.ts';
import type { ContentDirs } from './content-dirs.ts';
import { baseId } from './files.ts';
import { ARTICLE_FILE, PROVENANCE_FILE, RESEARCH_NOTES_FILE, VERIFICATION_FILE } from './load-sources.ts';
import { createProblem, propose, type Problem } from './problems.ts';

const DATA_FILE = /\.ya?ml$/;
const SOURCE_FILES = [ARTICLE_FILE, PROVENANCE_FILE, RESEARCH_NOTES_FILE, VERIFICATION_FILE];
/** The source file each kind of text is most likely meant to be, by its extension. */
const SOURCE_FILE_BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: ARTICLE_FILE,
  yaml: PROVENANCE_FILE,
  yml: PROVENANCE_FILE,
  md: RESEARCH_NOTES_FILE,
  markdown: RESEARCH_NOTES_FILE,
  json: VERIFICATION_FILE,
};

/** Every file below `dir`, relative to `root` with forward slashes, except hidden files and folders. */
function filesBelow(root: string, dir: string): string[] {
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

/** The name up to its first dot, as an id no other file has (`Bad Claim.MDX` -> `bad-claim`). */
const stemOf = (file: string, taken: ReadonlySet<string>) => {
  const stem = path.posix.basename(file).replace(/\..*$/, '');
  return freeId(idFromName(stem) || stem, taken);
};

/** The ids of the files read, lower-case (what a renamed file must not take). */
const idsOf = (files: readonly string[], read: RegExp) =>
  new Set(files.filter((file) => read.test(file)).map((file) => baseId(file).toLowerCase()));

function unread(file: string, what: string, expected: string): Problem {
  const name = path.posix.basename(file);
  const reason = `Unexpected file "${name}" that nothing reads, expected ${what} named "${expected}"`;
  const renamed = path.posix.join(path.posix.dirname(file), expected);
  const hint = `Rename it to ${renamed}, or delete it if it is not content.`;
  return createProblem('unread-file', file, { line: 1, column: 1 }, reason, { hint });
}

export function checkUnreadFiles(root: string, dirs: ContentDirs): Problem[] {
  const problems: Problem[] = [];
  const claims = filesBelow(root, dirs.claims);
  const claimIds = idsOf(claims, CLAIM_FILE);
  for (const file of claims) {
    if (!CLAIM_FILE.test(file)) problems.push(unread(file, 'a claim', `${stemOf(file, claimIds)}.mdx`));
  }
  for (const [dir, what] of [
    [dirs.citations, 'a citation'],
    [dirs.people, 'a person'],
  ] as const) {
    const files = filesBelow(root, dir);
    const ids = idsOf(files, DATA_FILE);
    for (const file of files) {
      if (!DATA_FILE.test(file)) problems.push(unread(file, what, `${stemOf(file, ids)}.yaml`));
    }
  }
  for (const file of filesBelow(root, dirs.sources)) {
    const name = path.posix.basename(file);
    if (SOURCE_FILES.includes(name) || name === 'source.yml') continue;
    const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    const expected = propose(name.toLowerCase(), SOURCE_FILES) ?? SOURCE_FILE_BY_EXTENSION[extension];
    const what = `one of the files of a source (${SOURCE_FILES.join(', ')})`;
    problems.push(unread(file, what, expected ?? ARTICLE_FILE));
  }
  return problems;
}
