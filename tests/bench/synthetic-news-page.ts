/**
 * A long synthetic article as a publisher page (news-page.ts) with annotations in the shape we
 * publish, for the anchoring benchmark's 20,000-word, 200-claim page. Deterministic for a seed.
 */
import {
  ANNOTATION_CONTEXT,
  type AnnotationCollection,
  quoteSelector,
  type WebAnnotation,
} from '../../src/annotations/index.ts';
import { newsPageHtml, seededRandom } from '../support/news-page.ts';

const VOCABULARY = (
  'the a of to and in that for on with as by at from county city council state federal officers detainer ' +
  'immigration enforcement policy jail release records court judge sheriff mayor report agency department ' +
  'residents community cooperation notification custody hearing warrant charges conviction statistics ' +
  'legislation amendment committee spokesperson administration jurisdiction accountability transparency ' +
  'said reported announced confirmed argued declined requested ordered reviewed published estimated ' +
  'new local annual public criminal civil previous recent several many most fewer more'
).split(' ');

function syntheticSentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
  if (random() < 0.2) words.splice(2 + Math.floor(random() * (length - 3)), 0, '\u2014');
  if (random() < 0.2) words[length - 2] = `${words[length - 2]}\u2019s`;
  const sentence = `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  return random() < 0.15 ? `\u201C${sentence}\u201D` : sentence;
}

/**
 * A long article (about `words` words) as a publisher page, with `claims` annotations in the shape we
 * publish (TextQuoteSelector with 32 characters of context, TextPositionSelector), spread evenly; some
 * quote a sentence the article repeats elsewhere, so context and position must decide. For the benchmark.
 */
export function syntheticNewsPage(options: { words: number; claims: number; seed?: number }): {
  html: string;
  collection: AnnotationCollection;
  text: string;
} {
  const random = seededRandom(options.seed ?? 1);
  const title = 'County council reviews detainer policy';
  const repeated = Array.from({ length: 10 }, () => syntheticSentence(random));
  const paragraphs: string[][] = [];
  let count = 0;
  while (count < options.words) {
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
      random() < 0.03 ? repeated[Math.floor(random() * repeated.length)]! : syntheticSentence(random),
    );
    count += paragraph.join(' ').split(' ').length;
    paragraphs.push(paragraph);
  }
  // Offsets of every sentence in the article text, to quote from.
  const sentences: { start: number; end: number }[] = [];
  let text = `${title}\n\n`;
  for (const paragraph of paragraphs) {
    paragraph.forEach((sentence, index) => {
      if (index > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    text += '\n\n';
  }
  text = text.trimEnd();
  const site = 'https://example.org/factcheck/';
  const id = `${site}data/annotations/synthetic.jsonld`;
  const items: WebAnnotation[] = Array.from({ length: options.claims }, (_, index) => {
    const { start, end } = sentences[Math.floor(((index + 0.5) * sentences.length) / options.claims)]!;
    const claimId = `synthetic-${index + 1}`;
    return {
      id: `${id}#${claimId}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: '2026-01-01T00:00:00Z',
      modified: '2026-01-01T00:00:00Z',
      creator: { id: site, type: 'Organization', name: 'Synthetic' },
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'Misleading', format: 'text/plain', language: 'en' },
        { type: 'TextualBody', purpose: 'describing', value: 'A claim.', format: 'text/plain', language: 'en' },
        { type: 'SpecificResource', purpose: 'linking', source: { id: `${site}claims/${claimId}/`, type: 'Text' } },
      ],
      target: {
        type: 'SpecificResource',
        source: 'https://example.org/news/synthetic',
        selector: [quoteSelector(text, start, end), { type: 'TextPositionSelector', start, end }],
      },
    };
  });
  const collection: AnnotationCollection = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Synthetic claims',
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
  return { html: newsPageHtml({ title, text, outlet: 'The Synthetic Ledger' }, options), collection, text };
}
