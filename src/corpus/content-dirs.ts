/**
 * Where content lives, relative to the project root. `FACTCHECK_CONTENT` points the build and
 * the checker at another folder (the test fixtures, the benchmark's synthetic corpus).
 */
export interface ContentDirs {
  readonly sources: string;
  readonly claims: string;
  readonly citations: string;
  readonly people: string;
}

export function contentDirs(base = process.env['FACTCHECK_CONTENT'] ?? 'content'): ContentDirs {
  const root = base.replace(/\/+$/, '');
  return {
    sources: `${root}/sources`,
    claims: `${root}/claims`,
    citations: `${root}/citations`,
    people: `${root}/people`,
  };
}
