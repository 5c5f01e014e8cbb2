import siteConfig from 'virtual:factcheck/config';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, foldPublisherText, newsPageHtml } from '../../support/news-page.ts';
import { syntheticNewsPage } from '../../bench/synthetic-news-page.ts';
import { realNewsPages } from '../../bench/real-news-pages.ts';
import { anchorClaims, findArticleRoot, isLeftOut, type AnchoredClaim } from '../../../src/extension/anchor-page.ts';
import { type ClaimAnnotation, parseAnnotationCollection } from '../../../src/annotations/index.ts';
import { buildDomText } from '../../../src/extension/dom-text.ts';
import { extensionSiteUrl } from '../../../src/integration/extension/sources.ts';
import { ROOT } from '../../support/fixture-case.ts';

const SITE = extensionSiteUrl(siteConfig);

const pages = await realNewsPages(ROOT);
const folded = foldPublisherText;
const wordsOf = (text: string) =>
  folded(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const documentOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document;

function claim(exact: string, context: Partial<ClaimAnnotation> & { prefix?: string; suffix?: string } = {}) {
  const { prefix = '', suffix = '', ...rest } = context;
  return {
    id: `c${exact.length}`,
    quote: { exact, prefix, suffix },
    position: undefined,
    verdictId: undefined,
    verdictLabel: '',
    flags: [],
    summary: '',
    claimUrl: undefined,
    ...rest,
  } satisfies ClaimAnnotation;
}

/** The words of the page on each side of an anchored claim agree with the quote's prefix or suffix. */
function contextAgrees(root: Element, { annotation, pieces }: AnchoredClaim): boolean {
  const dom = buildDomText(root, { isHidden: isLeftOut });
  const text = dom.text;
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const start = dom.starts[dom.nodes.indexOf(first.node)]! + first.start;
  const end = dom.starts[dom.nodes.indexOf(last.node)]! + last.end;
  const before = wordsOf(text.slice(Math.max(0, start - 80), start)).slice(-3);
  const after = wordsOf(text.slice(end, end + 80)).slice(0, 3);
  const prefix = wordsOf(annotation.quote.prefix).slice(-3);
  const suffix = wordsOf(annotation.quote.suffix).slice(0, 3);
  const agrees = (page: string[], ours: string[]) => ours.length === 0 || page.join(' ') === ours.join(' ');
  return agrees(before, prefix) || agrees(after, suffix);
}

describe('anchorClaims on publisher markup of the four real articles', () => {
  it.each(pages.map((page) => [page.slug, page] as const))(
    '%s: 95% or more, exact words, right place',
    (slug, page) => {
      const { document } = parseHTML(page.html);
      const root = findArticleRoot(document);
      expect(root.localName).toBe('article');
      const { annotations, problems } = parseAnnotationCollection(JSON.parse(JSON.stringify(page.collection)), SITE);
      expect(problems).toEqual([]);
      expect(annotations).toHaveLength(page.collection.total);
      const { anchored, orphans } = anchorClaims(root, annotations);
      console.log(
        `${slug}: ${anchored.length}/${annotations.length} anchored`,
        orphans.map((o) => o.annotation.id),
      );
      expect(anchored.length).toBeGreaterThanOrEqual(Math.ceil(annotations.length * 0.95));
      for (const item of anchored) {
        const { annotation, text, pieces } = item;
        expect(folded(text), annotation.id).toBe(folded(annotation.quote.exact));
        expect(pieces.map((piece) => piece.node.data.slice(piece.start, piece.end)).join(''), annotation.id).toBe(
          text.replace(/\n/g, ''),
        );
        expect(contextAgrees(root, item), annotation.id).toBe(true);
        for (const { node } of pieces) expect(node.parentElement?.closest('.comments-section, aside')).toBeNull();
      }
    },
  );

  it('holds on pages built with other seeds (other ads, markup and retyping)', () => {
    for (const seed of [7, 19, 101, 2026]) {
      for (const page of pages) {
        const { annotations } = parseAnnotationCollection(page.collection, SITE);
        const html = newsPageHtml(page.source, { seed });
        const { anchored } = anchorClaims(findArticleRoot(parseHTML(html).document), annotations);
        expect(anchored.length, `${page.slug}, seed ${seed}`).toBeGreaterThanOrEqual(
          Math.ceil(annotations.length * 0.95),
        );
        for (const { annotation, text } of anchored)
          expect(folded(text), annotation.id).toBe(folded(annotation.quote.exact));
      }
    }
  });

  it('never picks the copy in the comments or the pull quote, even anchored in the whole body', () => {
    for (const page of pages) {
      const { document } = parseHTML(page.html);
      expect(document.querySelector('.comments-section')?.textContent?.length).toBeGreaterThan(100);
      const { annotations } = parseAnnotationCollection(page.collection, SITE);
      const { anchored } = anchorClaims(document.body, annotations);
      expect(anchored.length).toBeGreaterThanOrEqual(Math.ceil(annotations.length * 0.95));
      for (const { pieces } of anchored)
        for (const { node } of pieces) expect(node.parentElement?.closest('.comments-section, aside, nav')).toBeNull();
    }
  });
});

describe('anchorClaims', () => {
  it('takes the occurrence with the given prefix and suffix', () => {
    const document = documentOf('<p>ICE said no. Later, ICE said <em>yes</em>.</p>');
    const { anchored } = anchorClaims(document.body, [claim('ICE said', { prefix: 'Later, ', suffix: ' yes' })]);
    expect(anchored[0]?.pieces.map(({ node, start }) => [node.data, start])).toEqual([
      ['ICE said no. Later, ICE said ', 20],
    ]);
  });

  it('picks among equally good occurrences the one nearest where the position hint places it', () => {
    const sentence = 'The council voted.';
    const html = `<p>${sentence} A.</p><p>Filler words. ${'x '.repeat(40)}</p><p>${sentence} B.</p>`;
    const near = (start: number) => [
      claim('Filler words.', { position: { start: 30, end: 43 } }),
      claim(sentence, { id: 'repeat', position: { start, end: start + sentence.length } }),
    ];
    const after = (start: number) => anchorClaims(documentOf(html).body, near(start)).anchored[1]?.text;
    const textAfter = (start: number) => {
      const result = anchorClaims(documentOf(html).body, near(start)).anchored.find(
        (a) => a.annotation.id === 'repeat',
      );
      return result?.pieces[0]?.node.data;
    };
    expect(after(0)).toBe(sentence);
    expect(textAfter(0)).toBe(`${sentence} A.`);
    expect(textAfter(150)).toBe(`${sentence} B.`);
  });

  it('reports an orphan as ambiguous when nothing tells repeated quotes apart', () => {
    const { anchored, orphans } = anchorClaims(documentOf('<p>Same.</p><p>Same.</p>').body, [claim('Same.')]);
    expect(anchored).toEqual([]);
    expect(orphans.map((orphan) => orphan.reason)).toEqual(['ambiguous']);
  });

  it('anchors where the context changed (a headline before, an ad label after)', () => {
    const document = documentOf('<h1>New headline</h1><p>Boston voted. <span>Advertisement</span></p>');
    const { anchored } = anchorClaims(document.body, [
      claim('Boston voted.', { prefix: 'Old title\n\n', suffix: ' Next' }),
    ]);
    expect(anchored.map((a) => a.text)).toEqual(['Boston voted.']);
  });

  it('finds the same words through changed punctuation and spacing, quote marks and all', () => {
    const document = documentOf(`<p>${escapeHtml('He said "it -- was . . . fine." Then')}</p>`);
    const { anchored } = anchorClaims(document.body, [claim('\u201Cit \u2014 was\u2026 fine.\u201D')]);
    expect(anchored.map((a) => a.text)).toEqual(['"it -- was . . . fine."']);
    const dash = anchorClaims(documentOf('<p>Charles -- who heads ICE -- said</p>').body, [
      claim('who heads ICE \u2014'),
    ]);
    expect(dash.anchored.map((a) => a.text)).toEqual(['who heads ICE --']);
    const closing = anchorClaims(documentOf('<p>\u201CNo -- never.\u201D Then</p>').body, [claim('\u2014 never.')]);
    expect(closing.anchored.map((a) => a.text)).toEqual(['-- never.']);
  });

  it('never anchors onto other words: a changed, missing or extra word leaves an orphan', () => {
    const document = documentOf('<p>The council voted to amend the act. The NICE council</p>');
    const quotes = [
      'The council voted to change the act.',
      'council voted amend the act',
      'ICE council',
      'the the act',
    ];
    const { anchored, orphans } = anchorClaims(
      document.body,
      quotes.map((exact) => claim(exact)),
    );
    expect(anchored).toEqual([]);
    expect(orphans.map((orphan) => orphan.reason)).toEqual(['not-found', 'not-found', 'not-found', 'not-found']);
  });

  it('leaves out furniture inside the article: inline ads, screen-reader text, pull quotes, share bars', () => {
    const document = documentOf(
      '<article><p>The council <a href="/x">voted<span class="sr-only"> (opens in a new tab)</span></a> ' +
        '<span class="ad-slot"><span>Advertisement</span></span>to amend the act.</p>' +
        '<div class="pull-quote">The council voted to amend the act.</div><div class="share_bar">Share</div></article>',
    );
    const { anchored } = anchorClaims(findArticleRoot(document), [claim('The council voted to amend the act.')]);
    expect(anchored.map((a) => a.pieces[0]?.node.parentElement?.localName)).toEqual(['p']);
    expect(buildDomText(findArticleRoot(document), { isHidden: isLeftOut }).text).toBe(
      'The council voted to amend the act.\n',
    );
  });

  it('reports an empty quote', () => {
    expect(anchorClaims(documentOf('<p>x</p>').body, [claim(' \u00AD ')]).orphans[0]?.reason).toBe('empty');
  });
});

describe('findArticleRoot', () => {
  it('prefers the innermost landmark with the article text over the page and its furniture', () => {
    const paragraphs = '<p>' + 'Article text. '.repeat(20) + '</p>';
    const document = documentOf(
      `<main><article id="story"><h1>H</h1><div itemprop="articleBody">${paragraphs}</div></article>` +
        `<section class="comments"><article><p>${'Comment. '.repeat(60)}</p></article></section></main>`,
    );
    expect(findArticleRoot(document).id).toBe('story');
  });

  it('takes the body when the landmarks are teasers holding less than half the paragraph text', () => {
    const teaser = '<article class="card"><p>A short teaser of another story.</p></article>';
    const document = documentOf(
      `<div class="entry-content"><p>${'Article text. '.repeat(30)}</p></div>${teaser}${teaser}`,
    );
    expect(findArticleRoot(document).localName).toBe('body');
    document.body.className = 'single comments-open';
    document.querySelector('.entry-content')!.outerHTML = `<main><p>${'Article text. '.repeat(30)}</p></main>`;
    expect(findArticleRoot(document).localName).toBe('main');
  });

  it('takes articleBody where no landmark holds it, and the body where nothing does', () => {
    const body = documentOf(`<div><div itemprop="articleBody" id="b"><p>${'Text. '.repeat(30)}</p></div></div>`);
    expect(findArticleRoot(body).id).toBe('b');
    expect(findArticleRoot(documentOf('<div>Just text</div>')).localName).toBe('body');
  });
});

describe('syntheticNewsPage', () => {
  it('builds a 20,000-word page whose 200 claims all anchor on their own words', () => {
    const { html, collection, text } = syntheticNewsPage({ words: 20_000, claims: 200, seed: 3 });
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(20_000);
    expect(syntheticNewsPage({ words: 20_000, claims: 200, seed: 3 }).html).toBe(html);
    const { annotations, problems } = parseAnnotationCollection(collection, 'https://example.org/factcheck/');
    expect(problems).toEqual([]);
    expect(annotations).toHaveLength(200);
    const root = findArticleRoot(parseHTML(html).document);
    const { anchored, orphans } = anchorClaims(root, annotations);
    expect(orphans).toEqual([]);
    for (const { annotation, text: found } of anchored) expect(folded(found)).toBe(folded(annotation.quote.exact));
  });
});
