import path from 'node:path';
import { CLAIM_FILE } from '../claim-files.ts';
import { baseId } from '../files.ts';
import { freeId, idFromName } from '../ids.ts';
import { ARTICLE_FILE, PROVENANCE_FILE, RESEARCH_NOTES_FILE, VERIFICATION_FILE } from '../source-files.ts';
import { propose } from '../wording.ts';
import type { ContentListing, Report, Rule } from './rule.ts';

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

/** The name up to its first dot, as an id no other file has (`Bad Claim.MDX` -> `bad-claim`). */
const stemOf = (file: string, taken: ReadonlySet<string>) => {
  const stem = path.posix.basename(file).replace(/\..*$/, '');
  return freeId(idFromName(stem) || stem, taken);
};

/** The ids of the files read, lower-case (what a renamed file must not take). */
const idsOf = (files: readonly string[], read: RegExp) =>
  new Set(files.filter((file) => read.test(file)).map((file) => baseId(file).toLowerCase()));

function reportUnread(report: Report, file: string, what: string, expected: string): void {
  const name = path.posix.basename(file);
  const reason = `Unexpected file "${name}" that nothing reads, expected ${what} named "${expected}"`;
  const renamed = path.posix.join(path.posix.dirname(file), expected);
  report(file, { line: 1, column: 1 }, reason, { hint: `Rename it to ${renamed}, or delete it if it is not content.` });
}

function checkSourceFiles(files: readonly string[], report: Report): void {
  for (const file of files) {
    const name = path.posix.basename(file);
    if (SOURCE_FILES.includes(name) || name === 'source.yml') continue;
    const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    const expected = propose(name.toLowerCase(), SOURCE_FILES) ?? SOURCE_FILE_BY_EXTENSION[extension];
    const what = `one of the files of a source (${SOURCE_FILES.join(', ')})`;
    reportUnread(report, file, what, expected ?? ARTICLE_FILE);
  }
}

/**
 * Files in the content folders that no loader reads: each would otherwise be skipped without a word, so the
 * check said "ok" for work that is not on the site. Hidden files (`.gitkeep`) are left alone.
 */
export const unreadFile = {
  id: 'unread-file',
  severity: 'warning',
  meaning:
    'a file in a content folder that nothing reads (a claim saved as `.MDX`, `.markdown` or `.txt`, a citation ' +
    'as `.YAML` or `.json`, a misnamed source file): the message names what it would need to be called',
  fix: 'Rename the file as the message says, or delete it if it is not content.',
  checks: {
    contentFolder: ({ filesBelow }: ContentListing, report) => {
      const claimIds = idsOf(filesBelow.claims, CLAIM_FILE);
      for (const file of filesBelow.claims) {
        if (!CLAIM_FILE.test(file)) reportUnread(report, file, 'a claim', `${stemOf(file, claimIds)}.mdx`);
      }
      for (const [files, what] of [
        [filesBelow.citations, 'a citation'],
        [filesBelow.people, 'a person'],
      ] as const) {
        const ids = idsOf(files, DATA_FILE);
        for (const file of files) {
          if (!DATA_FILE.test(file)) reportUnread(report, file, what, `${stemOf(file, ids)}.yaml`);
        }
      }
      checkSourceFiles(filesBelow.sources, report);
    },
  },
} as const satisfies Rule;
