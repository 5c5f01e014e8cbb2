/**
 * The JavaScript budget of reading pages, in one place: besides JSON-LD, only our two small
 * enhancements may appear, the search-highlight loader (does nothing without its URL
 * parameter) and, on source pages, the sidenote layout; together under 3 KB gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export const ENHANCEMENT_BUDGET_BYTES = 3 * 1024;

export function scriptBudgetProblems(tree: Root, page: string): string[] {
  const problems: string[] = [];
  let enhancement = '';
  for (const script of selectAll('script', tree)) {
    if (script.properties['type'] === 'application/ld+json') continue;
    const code = toString(script);
    if (script.properties['src'] !== undefined)
      problems.push(`${page}: external script ${String(script.properties['src'])}`);
    else if (
      script.properties['dataSearchHighlight'] !== undefined &&
      code.startsWith('if(new URLSearchParams(location.search).has("pagefind-highlight"))')
    )
      enhancement += code;
    else if (page.startsWith('sources/') && code.includes('js-sidenotes')) enhancement += code;
    else problems.push(`${page}: unexpected script ${code.slice(0, 60)}`);
  }
  const size = enhancement === '' ? 0 : gzipSync(enhancement).length;
  if (size >= ENHANCEMENT_BUDGET_BYTES) problems.push(`${page}: enhancement scripts are ${size} bytes gzipped`);
  return problems;
}
