/**
 * An article in the markup a news site wraps it in, for the extension's tests and benchmark: the
 * page our annotations must be found on is never our clean copy. Deterministic for a seed. It does
 * what publishers do: a header with the site's name and navigation, share widgets, ad slots between
 * paragraphs and inside them (with a visible "Advertisement" label), links and emphasis that split
 * words and sentences, straightened or curled quote marks, changed dashes (— to – or --), NBSP for
 * some spaces, soft hyphens in long words, a pull quote, hidden and script text, a related-stories
 * list, and a comments section that quotes the article (a naive search finds the copy there first
 * or twice). All text is escaped: it is text, never markup.
 */
import { normalizeQuote } from '../../src/annotations/index.ts';

export interface NewsSource {
  readonly title: string;
  /** The article as in `content/sources/<slug>/article.txt`: paragraphs separated by blank lines. */
  readonly text: string;
  readonly outlet?: string | undefined;
  readonly author?: string | undefined;
}

export interface NewsPageOptions {
  readonly seed?: number;
}

/** mulberry32: a small seeded generator, so every run builds the same page. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A quote or a highlight's text folded as `normalizeQuote` does, and for the two retypings it leaves
 * (which `newsPageHtml` makes as publishers do): `--` for a dash, and spaced dots for an ellipsis. Equal
 * results mean the same words with the same punctuation, as a reader sees them.
 */
export function foldPublisherText(text: string): string {
  return normalizeQuote(text)
    .replace(/-+/g, '-')
    .replace(/ ?\. \. \.| ?\.\.\./g, '...');
}

const SOFT_HYPHEN = '\u00AD';
const NBSP = '\u00A0';

/** Character changes a publisher's CMS makes, paragraph by paragraph. */
function retype(text: string, random: () => number): string {
  let out = text;
  const roll = random();
  if (roll < 0.3) out = out.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  else if (roll < 0.5) out = out.replace(/"([^"\n]*)"/g, '\u201C$1\u201D').replace(/(\w)'(\w)/g, '$1\u2019$2');
  const dash = random();
  if (dash < 0.3) out = out.replace(/\u2014/g, '\u2013');
  else if (dash < 0.7) out = out.replace(/ ?[\u2013\u2014] ?/g, (match) => match.replace(/[\u2013\u2014]/, '--'));
  else if (dash < 0.85) out = out.replace(/ \u2013 /g, '\u2014');
  if (random() < 0.5) out = out.replace(/ ?\. \. \./g, '\u2026');
  // NBSP after short words ("a", "of", "U.S.") as typesetting CMSs do, and soft hyphens in long words.
  out = out.replace(/(\b\w{1,3}) (?=\w)/g, (match, word: string) => (random() < 0.25 ? `${word}${NBSP}` : match));
  out = out.replace(/\b[A-Za-z]{11,}\b/g, (word) =>
    random() < 0.4 ? `${word.slice(0, 5)}${SOFT_HYPHEN}${word.slice(5)}` : word,
  );
  if (random() < 0.15) out = out.normalize('NFD');
  return out;
}

const INLINE_TAGS = ['a', 'em', 'strong', 'span', 'b', 'i'] as const;

function openTag(tag: (typeof INLINE_TAGS)[number], random: () => number): string {
  if (tag === 'a') return `<a href="/topics/${Math.floor(random() * 900) + 100}" class="inline-link">`;
  if (tag === 'span') return `<span class="${random() < 0.5 ? 'highlight' : 'tooltip-term'}">`;
  return `<${tag}>`;
}

const INLINE_AD =
  '<span class="ad-slot ad-inline" data-ad-unit="in-article"><span class="ad-label">Advertisement</span></span>';

/** A paragraph's text as HTML with inline markup that splits words and sentences, and maybe an ad inside. */
function inlineMarkup(text: string, random: () => number, withAd: boolean): string {
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((token) => token.trim() !== '').length;
  let adAt = withAd && words > 24 ? 1 + 2 * Math.floor(words * (0.3 + random() * 0.4)) : -1;
  let html = '';
  let open: { tag: (typeof INLINE_TAGS)[number]; left: number } | undefined;
  tokens.forEach((token, index) => {
    if (index % 2 === 1) {
      html += escapeHtml(token).replace(/\n/g, '<br>\n');
      if (index === adAt && !open) {
        html += INLINE_AD;
        adAt = -1;
      } else if (index === adAt) adAt += 2;
      return;
    }
    if (token === '') return;
    if (!open && random() < 0.12) {
      const tag = INLINE_TAGS[Math.floor(random() * INLINE_TAGS.length)]!;
      open = { tag, left: 1 + Math.floor(random() * 5) };
      html += openTag(tag, random);
    }
    if (!open && token.length >= 6 && random() < 0.08) {
      // A word split by markup, as a link on a stem or an emphasised ending does.
      const cut = 2 + Math.floor(random() * (token.length - 3));
      html += `${escapeHtml(token.slice(0, cut))}<span class="word-part">${escapeHtml(token.slice(cut))}</span>`;
    } else html += escapeHtml(token);
    if (open && --open.left === 0) {
      html += `</${open.tag}>`;
      open = undefined;
    }
  });
  if (open) html += `</${open.tag}>`;
  return html;
}

const BETWEEN_ADS = [
  '<div class="ad-container"><div class="ad-label">Advertisement</div><div class="ad-slot" id="div-gpt-ad-{n}">' +
    '<p>Shop the sale now. Limited time offer.</p></div></div>',
  '<div class="promo-box"><p>Subscribe for full access to our reporting.</p><a href="/subscribe">Subscribe</a></div>',
  '<div class="newsletter-signup"><h3>Morning briefing</h3><p>Get the day\u2019s top stories in your inbox.</p>' +
    '<form><input type="email" placeholder="Email"><button>Sign up</button></form></div>',
];

const isHeading = (paragraph: string) => paragraph.length < 70 && !/[.!?:;,"\u201D]$/.test(paragraph.trim());

const sentencesOf = (text: string) => text.match(/[^.!?]+[.!?]+["\u201D\u2019]?/g)?.map((s) => s.trim()) ?? [];

export function newsPageHtml(source: NewsSource, options: NewsPageOptions = {}): string {
  const random = seededRandom(options.seed ?? 1);
  const outlet = source.outlet ?? 'The Daily Example';
  const paragraphs = source.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const headlineFirst = paragraphs[0]?.replace(/\s+/g, ' ') === source.title.replace(/\s+/g, ' ');
  const headline = headlineFirst ? paragraphs.shift()! : source.title;
  const body: string[] = [];
  let ads = 0;
  paragraphs.forEach((paragraph, index) => {
    const text = retype(paragraph, random);
    if (isHeading(paragraph)) body.push(`<h2 class="subhead">${inlineMarkup(text, random, false)}</h2>`);
    else body.push(`<p>${inlineMarkup(text, random, random() < 0.5)}</p>`);
    if (index % 3 === 1) body.push(BETWEEN_ADS[ads++ % BETWEEN_ADS.length]!.replace('{n}', String(ads)));
    if (index === 2) {
      const pull = sentencesOf(paragraphs[Math.min(3, paragraphs.length - 1)] ?? '')[0];
      if (pull) body.push(`<aside class="pullquote"><blockquote>${escapeHtml(pull)}</blockquote></aside>`);
    }
    if (index === 4) body.push('<div style="display:none" class="tracking">Reader pixel loaded.</div>');
  });
  const sentences = sentencesOf(paragraphs.join(' ')).filter((sentence) => sentence.length > 60);
  const quoted = sentences[Math.floor(random() * sentences.length)] ?? paragraphs[0] ?? '';
  const whole = paragraphs.find((paragraph) => paragraph.length > 150) ?? quoted;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | ${escapeHtml(outlet)}</title>
<style>.ad-slot{min-height:90px;background:#eee}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}</style>
<script>window.dataLayer = [{ page: "article" }];</script>
</head>
<body class="article-page">
<header class="site-header">
<a class="logo" href="/">${escapeHtml(outlet)}</a>
<nav class="primary-nav"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></nav>
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>
</header>
<main id="main-content">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-header">
<h1 itemprop="headline">${inlineMarkup(retype(headline, random), random, false)}</h1>
<div class="byline">By <a href="/authors/staff" rel="author">${escapeHtml(source.author ?? 'Staff')}</a></div>
<div class="share-tools"><span>Share this article</span><a href="#share-facebook">Facebook</a>
<a href="#share-x">X</a><a href="#share-email">Email</a><button>Copy link</button></div>
</header>
<div class="story-body" itemprop="articleBody">
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
${body.join('\n')}
</div>
<div class="social-share-bottom"><p>Share this story with your friends.</p></div>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/news/1">More on immigration enforcement</a></li><li><a href="/news/2">City council roundup</a></li>
</ul></aside>
<section id="comments" class="comments-section"><h2>Comments</h2>
<article class="comment"><p class="comment-author">reader_one</p>
<p>\u201C${escapeHtml(quoted)}\u201D Exactly.</p></article>
<article class="comment"><p class="comment-author">reader_two</p><p>${escapeHtml(whole)}</p>
<p>Read that again.</p></article>
</section>
</main>
<footer class="site-footer"><p>\u00A9 ${escapeHtml(outlet)}. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
`;
}
