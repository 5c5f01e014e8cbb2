/**
 * `research-notes.md` beside a source's `article.txt`: what the editor considered and left
 * out, and what was searched for and not found. Published on the source's page under its
 * provenance, because readers weigh a check by what was looked for as well as what was found.
 *
 * Notes are plain Markdown (not MDX: `{` and `<` are text), rendered with the explanations'
 * Markdown features. Nothing in them stops a build: raw HTML is left out and a link that is not
 * http(s) or on this site is shown as its text only. Each such part is reported as a warning
 * (`research-notes-dropped`), by `npm run check` and the build alike, so nothing an editor
 * writes disappears unnoticed.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import rehypeDemoteHeadings from './rehype-demote-headings.ts';
import { isSafeHref, RULE_SOURCE } from './remark-safe-content.ts';

const RULE_ID = 'research-notes-dropped';

/** Raw HTML goes; unsafe links become their text; unsafe images go. Each is reported where it stands. */
function remarkDropUnsafe() {
  return (tree: Root, file: VFile) => {
    const report = (reason: string, place: Root['position']) =>
      file.message(reason, { place, ruleId: RULE_ID, source: RULE_SOURCE });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'html') {
        report('Unexpected raw HTML in research notes, expected plain Markdown: it is left out', node.position);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if ((node.type === 'link' && !isSafeHref(node.url)) || node.type === 'linkReference') {
        const what = node.type === 'link' ? `link "${node.url}"` : 'reference-style link';
        report(`Unexpected ${what} in research notes, expected an http(s) address: shown as text`, node.position);
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      if ((node.type === 'image' && !isSafeHref(node.url)) || node.type === 'imageReference') {
        report('Unexpected image in research notes, expected an http(s) address: it is left out', node.position);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDropUnsafe).freeze();

/** The source page's outline reaches level 2 at "Research notes": the notes' own headings start at 3. */
const toHtml = unified()
  .use(remarkSmartypants)
  .use(remarkRehype)
  .use(rehypeDemoteHeadings, { minLevel: 3 })
  .use(rehypeStringify)
  .freeze();

export interface ResearchNotesResult {
  /** Present when rendering was asked for (the build); what was left out is reported in `messages`. */
  readonly html: string | undefined;
  readonly messages: readonly VFileMessage[];
}

/** One pass for the check and the build: the same parse reports what rendering leaves out. */
export async function processResearchNotes(
  markdown: string,
  options: { readonly file: string; readonly render?: boolean },
): Promise<ResearchNotesResult> {
  const vfile = new VFile({ path: options.file, value: markdown });
  const tree = (await parser.run(parser.parse(vfile), vfile)) as Root;
  const messages = [...vfile.messages];
  if (!options.render) return { html: undefined, messages };
  return { html: toHtml.stringify(await toHtml.run(tree, vfile), vfile), messages };
}
