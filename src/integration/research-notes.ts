/**
 * `research-notes.md` beside a source's `article.txt`: what the editor considered and left
 * out, and what was searched for and not found. Published on the source's page under its
 * provenance, because readers weigh a check by what was looked for as well as what was found.
 *
 * Notes are plain Markdown (not MDX: `{` and `<` are text), rendered with the explanations'
 * Markdown features. Nothing in them can stop a build, so the checker has nothing to report:
 * raw HTML is dropped (remark-rehype's default) and a link that is not http(s) or on this site
 * is shown as its text only.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Source } from '../corpus/model.ts';
import rehypeDemoteHeadings from '../markdown/rehype-demote-headings.ts';
import { isSafeHref } from '../markdown/remark-safe-content.ts';

export const RESEARCH_NOTES_FILE = 'research-notes.md';

/** Unsafe links become their text; unsafe images go (their alt text stays in the notes' source only). */
function remarkUnlinkUnsafe() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if ((node.type === 'link' && !isSafeHref(node.url)) || node.type === 'linkReference') {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      if ((node.type === 'image' && !isSafeHref(node.url)) || node.type === 'imageReference') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/** The source page's outline reaches level 2 at "Research notes": the notes' own headings start at 3. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkUnlinkUnsafe)
  .use(remarkRehype)
  .use(rehypeDemoteHeadings, { minLevel: 3 })
  .use(rehypeStringify)
  .freeze();

export async function renderResearchNotes(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}

/** Each source's notes as HTML, by slug; a source without the file has none. */
export async function loadResearchNotes(
  root: string,
  sourcesDir: string,
  sources: readonly Source[],
): Promise<Record<string, string>> {
  const notes: Record<string, string> = {};
  await Promise.all(
    sources.map(async (source) => {
      let markdown: string;
      try {
        markdown = await readFile(path.join(root, sourcesDir, source.slug, RESEARCH_NOTES_FILE), 'utf8');
      } catch {
        return;
      }
      if (markdown.trim() !== '') notes[source.slug] = await renderResearchNotes(markdown);
    }),
  );
  return notes;
}
