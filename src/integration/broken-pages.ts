/**
 * In `astro dev`, which pages show an entry that failed the check, and the page they answer
 * with instead. A claim with an error is left out of the content the pages render from; its
 * own page and its source's page would then quietly show the article without it, so they
 * show the problem instead. A source's problems break its page and its claims' pages; a
 * citation's break the bibliography and the claims that cite it.
 */
import path from 'node:path';
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { formatProblems, type Problem } from '../corpus/problems.ts';
import { paths } from '../domain/site-paths.ts';
import type { LoadedSiteData } from './site-data.ts';

/** `<folder>/<first segment>/…` → the first segment and the file's base name, when `file` is under `folder`. */
function under(folder: string, file: string): { first: string; id: string } | undefined {
  const relative = path.posix.relative(folder, file);
  if (relative.startsWith('..') || path.posix.isAbsolute(relative)) return undefined;
  return { first: relative.split('/')[0] ?? '', id: path.posix.basename(file).replace(/\.[^.]+$/, '') };
}

/** Page paths (with the site's base, which `href` adds) mapped to the errors that break them. */
export function brokenPages(
  loaded: LoadedSiteData,
  dirs: ContentDirs,
  href: (path: string) => string,
): Map<string, Problem[]> {
  const pages = new Map<string, Problem[]>();
  const add = (page: string, problem: Problem) => {
    const list = pages.get(href(page)) ?? [];
    if (!list.includes(problem)) list.push(problem);
    pages.set(href(page), list);
  };
  const { claims } = loaded.data.corpus;
  for (const problem of loaded.problems) {
    if (problem.severity !== 'error') continue;
    const claim = under(dirs.claims, problem.file);
    const source = under(dirs.sources, problem.file);
    const citation = under(dirs.citations, problem.file);
    if (claim) {
      add(paths.claim(claim.id), problem);
      add(paths.source(claim.first), problem);
    } else if (source) {
      add(paths.source(source.first), problem);
      for (const other of claims.filter((view) => view.source === source.first)) add(paths.claim(other.id), problem);
    } else if (citation) {
      add(paths.citations(), problem);
      for (const other of claims.filter((view) => view.data.citations.includes(citation.id))) {
        add(paths.claim(other.id), problem);
        add(paths.source(other.source), problem);
      }
    }
  }
  return pages;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => ENTITIES[character]!);

/** A plain page with the messages as text, so they reach readers without the error overlay too. */
export function problemPage(problems: readonly Problem[], viteClient: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problem</title>
<script type="module" src="${escapeHtml(viteClient)}"></script>
</head>
<body>
<main>
<h1>This page shows content that failed the check</h1>
<p>Fix the problems below and save the file: this page reloads once the content passes.
<code>npm run check</code> lists the same problems.</p>
<pre>${escapeHtml(formatProblems(problems))}</pre>
</main>
</body>
</html>
`;
}
