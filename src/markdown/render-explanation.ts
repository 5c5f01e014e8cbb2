/**
 * Renders a claim's explanation (the MDX body after the frontmatter) to HTML with the same
 * remark/rehype plugins the site's Markdown processor runs.
 *
 * Why not compile each file as an MDX module: explanations may not contain MDX code (see
 * remark-safe-content), so compiling thousands of them to JavaScript and bundling them buys
 * nothing and was most of the build's memory and time at scale. They are still parsed as MDX
 * (remark-mdx), so what an editor writes means the same as in any MDX file.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeDemoteHeadings from './rehype-demote-headings.ts';
import remarkSafeContent from './remark-safe-content.ts';

/** Astro's defaults for Markdown and MDX (GFM, smart punctuation), then our own plugins. */
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkSafeContent, { fatal: true })
  .use(remarkRehype)
  .use(rehypeHeadingIds)
  .use(rehypeDemoteHeadings, { minLevel: 4 })
  .use(rehypeStringify)
  .freeze();

/** HTML for one explanation. Unsafe or malformed input throws a message positioned in `file`. */
export async function renderExplanation(body: string, file: string): Promise<string> {
  return String(await processor.process(new VFile({ path: file, value: body })));
}
