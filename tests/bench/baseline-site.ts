/**
 * The floor to compare against: a plain Astro 7 + MDX site with the same number of pages and
 * words as the synthetic corpus, and none of our annotation work.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SyntheticCorpus } from './synthetic-corpus.ts';

export function writeBaselineSite(dir: string, corpus: SyntheticCorpus): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/p'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\n" +
      "import { unified } from '@astrojs/markdown-remark';\n" +
      "import { defineConfig } from 'astro/config';\n" +
      'export default defineConfig({ markdown: { processor: unified() }, ' +
      'integrations: [mdx()], devToolbar: { enabled: false } });\n',
  );
  writeFileSync(
    path.join(dir, 'src/layout.astro'),
    '---\nconst { frontmatter } = Astro.props;\n---\n' +
      '<html lang="en"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head>' +
      '<body><main><h1>{frontmatter.title}</h1><slot /></main></body></html>\n',
  );
  for (const page of corpus.pages) {
    const body = page.body.replace(/[{}<>]/g, ' ');
    writeFileSync(
      path.join(dir, 'src/pages/p', `${page.slug}.mdx`),
      `---\nlayout: ../../layout.astro\ntitle: "${page.title}"\n---\n${body}\n`,
    );
  }
}
