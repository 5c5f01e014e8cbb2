/**
 * Extraction accuracy on our own articles: each `article.txt` of content/ is put into a news page
 * (navigation, byline, share buttons, ads between paragraphs, related links, comments, footer), and
 * the article extracted from that page must compare as identical, with every claim unchanged.
 */
import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphRanges } from '../../src/annotations/index.ts';
import { extractArticle } from '../../src/verify/extract-article.ts';
import { compare } from '../../src/verify/verify-source.ts';
import { ROOT } from '../support/fixture-case.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around the paragraphs: the first is the headline. */
function newsPage(paragraphs: readonly string[]): string {
  const [headline = '', ...body] = paragraphs.map(escape);
  const story = body.flatMap((paragraph, index) => [
    `<p>${paragraph.replace(/\r?\n/g, '<br>')}</p>`,
    ...(index % 4 === 3 ? ['<div class="ad-break"><span>Advertisement</span></div>'] : []),
  ]);
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline} | Outlet</title></head><body>`,
    '<header class="site-header"><nav class="main-menu"><a href="/">Home</a> <a href="/news">News</a></nav></header>',
    `<main><article><h1>${headline}</h1><p class="byline">By Staff</p>`,
    '<div class="share-buttons"><button>Share</button><button>Post</button></div><div class="story-body">',
    ...story,
    '</div></article><section class="related-stories"><h2>Related</h2><ul><li><a href="/a">Another story</a></li>',
    '</ul></section><section id="comments" class="comments"><h2>Comments</h2><p>A reader writes at some length here.',
    '</p></section></main><footer class="site-footer">Footer</footer></body></html>',
  ].join('\n');
}

const { corpus } = await loadCorpus(ROOT, contentDirs('content'), { checkBodies: false, previous: '' });

describe('extracting our own articles from news pages', () => {
  it.each(corpus.sources.map((source) => [source.slug, source] as const))(
    '%s compares as identical',
    (slug, source) => {
      const paragraphs = paragraphRanges(source.text).map((range) => source.text.slice(range.start, range.end));
      const extracted = extractArticle(newsPage(paragraphs));
      if (!extracted.ok) throw new Error(extracted.reason);
      const claims = corpus.claims.filter((claim) => claim.source === slug);
      const result = compare(source, extracted.text, claims, { from: 'page.html', checkedAt: '2026-12-02T00:00:00Z' });
      expect(result.changes).toEqual([]);
      expect(result.status).toBe('identical');
      expect(result.claims.every((claim) => claim.status === 'unchanged')).toBe(true);
      expect(result.claims).toHaveLength(claims.length);
    },
  );
});
