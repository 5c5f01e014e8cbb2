import type { Rule } from './rule.ts';

/**
 * Nothing outside the content folder is ever read: a symbolic link inside it (to `/etc/passwd`, to a key file, to
 * a folder elsewhere) would otherwise be published as a source page, a claim or a citation. The readers skip
 * links (`files.ts`); this rule names each one, so the editor learns why a file seems missing, and the check and
 * the build stop.
 */
export const symlink = {
  id: 'symlink',
  severity: 'error',
  meaning:
    'a symbolic link (or a pipe or device) in the content folder: it is never read, since a link could publish ' +
    'any file of the machine that builds the site',
  fix: 'Replace the link with a copy of the file or folder it points to.',
  checks: {
    contentFolder: ({ specialEntries }, report) => {
      for (const { file, symbolicLink } of specialEntries) {
        const what = symbolicLink ? 'symbolic link' : 'special file';
        const reason = `Unexpected ${what}, expected a plain file or folder: links out of content/ are never followed`;
        report(file, { line: 1, column: 1 }, reason);
      }
    },
  },
} as const satisfies Rule;
