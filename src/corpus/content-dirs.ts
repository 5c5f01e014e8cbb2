import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where content lives, relative to the project root (or absolute): the `content` option of the site
 * (src/integration/options.ts), which `FACTCHECK_CONTENT` overrides to point the build and the checker
 * at another folder (the test fixtures, the benchmark's synthetic corpus).
 */
export interface ContentDirs {
  readonly sources: string;
  readonly claims: string;
  readonly citations: string;
  readonly people: string;
  /** `link-status.json`: the last check of every link (`npm run links -- --write`); optional. */
  readonly linkStatus: string;
  /** The variable that set the folder, for messages about it; none when it comes from the site's options. */
  readonly origin?: ContentOrigin | undefined;
}

/** A content folder set by an environment variable rather than the site's options. */
export interface ContentOrigin {
  readonly variable: string;
  readonly value: string;
}

export function contentDirs(base = 'content', origin?: ContentOrigin): ContentDirs {
  // `./content`, `content/` and `content` are one folder: the paths built here are compared as written.
  const root = path.posix.normalize(base.replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
  return {
    sources: `${root}/sources`,
    claims: `${root}/claims`,
    citations: `${root}/citations`,
    people: `${root}/people`,
    linkStatus: `${root}/link-status.json`,
    origin,
  };
}

/** A content folder that cannot be what the editor meant: the check and the build stop with its message alone. */
export class ContentFolderError extends Error {
  override name = 'ContentFolderError';
}

/**
 * A content folder that does not exist, or holds no source, would check as an empty, valid site ("0 sources: ok")
 * and build an empty one: a mistyped or empty FACTCHECK_CONTENT (an unset variable in CI) must stop instead.
 */
export function assertContentFolder(root: string, dirs: ContentDirs): void {
  const { origin } = dirs;
  if (origin && origin.value.trim() === '') {
    throw new ContentFolderError(
      `Unexpected empty ${origin.variable}, expected the path of a content folder (or the variable unset for content/)`,
    );
  }
  const folder = contentFolder(dirs);
  const from = origin ? ` (from ${origin.variable}="${origin.value}")` : '';
  if (!existsSync(path.resolve(root, folder))) {
    throw new ContentFolderError(
      `Missing content folder "${folder}"${from} in ${root}, ` +
        'expected a folder holding sources/, claims/ and citations/',
    );
  }
  if (!hasEntries(path.resolve(root, dirs.sources))) {
    throw new ContentFolderError(
      `Missing sources in "${dirs.sources}"${from}, expected at least one source folder ` +
        '(add one with `npm run new -- source <article file>`)',
    );
  }
}

function hasEntries(dir: string): boolean {
  try {
    return readdirSync(dir).some((entry) => !entry.startsWith('.'));
  } catch {
    return false;
  }
}

/** The folder that holds sources/, claims/ and the rest: nothing outside it is read. */
export function contentFolder(dirs: ContentDirs): string {
  return path.posix.dirname(dirs.sources);
}
