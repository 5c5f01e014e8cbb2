/**
 * One pass over a claim's explanation (the Markdown/MDX body after the frontmatter) for both
 * `npm run check` and the build: the same parser and the same safety plugin decide what is
 * accepted, so the check reports exactly what the build would refuse, and rendering continues
 * from the tree the check already parsed.
 *
 * Why not compile each file as an MDX module: explanations may not contain MDX code (see
 * remark-safe-content), so compiling thousands of them to JavaScript and bundling them buys
 * nothing and was most of the build's memory and time at scale. `.mdx` files are still parsed
 * as MDX (remark-mdx), so what an editor writes means the same as in any MDX file; `.md` files
 * are plain Markdown, where `{x}` is text, as in any Markdown file Astro renders.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import remarkSafeContent, { RULE_SOURCE } from './remark-safe-content.ts';

/** Astro's Markdown defaults (GFM), then our safety check: everything that decides acceptance. */
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkSafeContent).freeze();
const mdParser = unified().use(remarkParse).use(remarkGfm).use(remarkSafeContent).freeze();

/**
 * Every GFM construct needs one of these: `@`, `www.` or `://` (autolinked addresses), `~`
 * (strikethrough), `|` (tables), `[^` (footnotes); task-list boxes change no link and no code.
 * Without them GFM parses a text exactly as CommonMark does, so the check (which only looks for
 * what is refused) may skip GFM's extensions, a third of its parse time; rendering never does.
 */
const GFM_SYNTAX = /[@~|]|www\.|:\/\/|\[\^/i;
const mdxParserWithoutGfm = unified().use(remarkParse).use(remarkMdx).use(remarkSafeContent).freeze();
const mdParserWithoutGfm = unified().use(remarkParse).use(remarkSafeContent).freeze();

/**
 * From an accepted tree to HTML, with Astro's smart punctuation and headings below the page
 * outline. Loaded on first use: `npm run check` never renders, and importing these (Astro's
 * Markdown package above all) took a third of its time.
 */
let htmlProcessor: ReturnType<typeof createHtmlProcessor> | undefined;

async function createHtmlProcessor() {
  const [{ rehypeHeadingIds }, { default: rehypeStringify }, { default: remarkRehype }, smartypants, demote] =
    await Promise.all([
      import('@astrojs/markdown-remark'),
      import('rehype-stringify'),
      import('remark-rehype'),
      import('remark-smartypants'),
      import('./rehype-demote-headings.ts'),
    ]);
  return unified()
    .use(smartypants.default)
    .use(remarkRehype)
    .use(rehypeHeadingIds)
    .use(demote.default, { minLevel: 4 })
    .use(rehypeStringify)
    .freeze();
}

export interface ExplanationOptions {
  /** The claim file's path, as messages name it. */
  readonly file: string;
  /** 1-based line of the file where the body starts, so positions are the file's, not the body's. */
  readonly bodyLine?: number;
  /** Also produce HTML (the build); the check only parses. */
  readonly render?: boolean;
}

export interface ExplanationResult {
  /** Present when rendering was asked for and nothing was refused. */
  readonly html: string | undefined;
  /**
   * What was refused, at file positions: `ruleId` `unsafe-url` or `mdx-code` (source
   * `factcheck`), or a parse error of remark-mdx (then `ruleId` and `source` are its own).
   */
  readonly messages: readonly VFileMessage[];
}

export async function processExplanation(body: string, options: ExplanationOptions): Promise<ExplanationResult> {
  const { file, bodyLine = 1, render = false } = options;
  // Blank lines in place of the frontmatter change nothing Markdown parses, and put every
  // position (also those micromark writes into its reasons) on the file's own lines.
  const vfile = new VFile({ path: file, value: `${'\n'.repeat(Math.max(0, bodyLine - 1))}${body}` });
  const gfm = render || GFM_SYNTAX.test(body);
  const parser = file.endsWith('.md') ? (gfm ? mdParser : mdParserWithoutGfm) : gfm ? mdxParser : mdxParserWithoutGfm;
  let tree: Root;
  try {
    tree = (await parser.run(parser.parse(vfile), vfile)) as Root;
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    // A parse error is thrown, not added with `file.message`: name the file as messages do.
    if (!error.file) {
      error.file = file;
      error.name = `${file}:${error.name}`;
    }
    return { html: undefined, messages: [error] };
  }
  const refused = vfile.messages.filter((message) => message.source === RULE_SOURCE);
  if (refused.length > 0 || !render) return { html: undefined, messages: refused };
  htmlProcessor ??= createHtmlProcessor();
  const toHtml = await htmlProcessor;
  const html = toHtml.stringify(await toHtml.run(tree, vfile), vfile);
  return { html, messages: [] };
}
