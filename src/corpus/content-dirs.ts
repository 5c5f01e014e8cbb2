import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where content lives, relative to the project root (or absolute). `FACTCHECK_CONTENT` points the
 * build and the checker at another folder (the test fixtures, the benchmark's synthetic corpus).
 */
export interface ContentDirs {
  readonly sources: string;
  readonly claims: string;
  readonly citations: string;
  readonly people: string;
  /** `link-status.json`: the last check of every link (`npm run links -- --write`); optional. */
  readonly linkStatus: string;
}

export function contentDirs(base = process.env['FACTCHECK_CONTENT'] ?? 'content'): ContentDirs {
  const root = base.replace(/\/+$/, '');
  return {
    sources: `${root}/sources`,
    claims: `${root}/claims`,
    citations: `${root}/citations`,
    people: `${root}/people`,
    linkStatus: `${root}/link-status.json`,
  };
}

/**
 * A content folder that does not exist would check as an empty, valid site ("0 sources: ok"):
 * a mistyped FACTCHECK_CONTENT must stop instead.
 */
export function assertContentFolder(root: string, dirs: ContentDirs): void {
  const folder = contentFolder(dirs);
  if (existsSync(path.resolve(root, folder))) return;
  const from = process.env['FACTCHECK_CONTENT']
    ? ` (from FACTCHECK_CONTENT="${process.env['FACTCHECK_CONTENT']}")`
    : '';
  throw new Error(
    `Missing content folder "${folder}"${from} in ${root}, expected a folder holding sources/, claims/ and citations/`,
  );
}

/** The folder that holds sources/, claims/ and the rest: nothing outside it is read. */
export function contentFolder(dirs: ContentDirs): string {
  return path.posix.dirname(dirs.sources);
}
