import siteConfig from 'virtual:factcheck/config';
import { describe, expect, it } from 'vitest';
import { realNewsPages } from '../bench/real-news-pages.ts';
import { linkableSite, parseAnnotationCollection } from '../../src/annotations/read-collection.ts';
import { extensionSiteUrl } from '../../src/integration/extension/sources.ts';
import { activeScale } from '../../src/site/active-scale.ts';
import { ROOT } from '../support/fixture-case.ts';

/** The site address baked into the extension, which the fixture collections were published under. */
const SITE = extensionSiteUrl(siteConfig);

const pages = await realNewsPages(ROOT);

describe('parseAnnotationCollection', () => {
  const collection = pages[0]!.collection;
  const item = collection.first.items[0]!;
  const withItems = (items: unknown[]) => ({ ...collection, first: { ...collection.first, items } });

  it('reads what we publish: claim id, quote, position, verdict, flags, summary and claim link', () => {
    const { annotations, problems } = parseAnnotationCollection(collection, SITE);
    expect(problems).toEqual([]);
    const first = annotations[0]!;
    expect(item.id.endsWith(`#${first.id}`)).toBe(true);
    expect(first.quote).toEqual({
      exact: item.target.selector[0].exact,
      prefix: item.target.selector[0].prefix,
      suffix: item.target.selector[0].suffix,
    });
    expect(first.position).toEqual({ start: item.target.selector[1].start, end: item.target.selector[1].end });
    expect(first.verdictId).toBe(activeScale().verdicts.find((verdict) => verdict.label === first.verdictLabel)?.id);
    expect(first.verdictId).toBeDefined();
    expect(first.claimUrl).toMatch(new RegExp(`/claims/${first.id}/$`));
    expect(annotations.every((annotation) => annotation.summary !== '')).toBe(true);
  });

  it("takes the verdict's id from the assessing body, and none that is not a plain id", () => {
    const [verdict, ...rest] = item.body as unknown as Record<string, unknown>[];
    const withVerdict = (body: Record<string, unknown>) => ({ ...item, body: [body, ...rest] });
    const read = (body: Record<string, unknown>) =>
      parseAnnotationCollection(withItems([withVerdict(body)]), SITE).annotations[0];
    expect(read({ ...verdict, verdictId: 'mostly-false' })).toMatchObject({ verdictId: 'mostly-false' });
    expect(read({ ...verdict, verdictId: 'a"b' })?.verdictId).toBeUndefined();
    expect(read({ ...verdict, verdictId: 7 })?.verdictId).toBeUndefined();
    // Published before the id was added: the label is all there is.
    const { verdictId: _, ...labelOnly } = verdict!;
    expect(read(labelOnly)).toMatchObject({ verdictId: undefined, verdictLabel: verdict!['value'] });
  });

  it.each([null, 'text', 42, [], {}, { type: 'AnnotationCollection' }, { first: { items: 'no' } }])(
    'never throws on %j and says what is wrong',
    (json) => {
      const result = parseAnnotationCollection(json, SITE);
      expect(result.annotations).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
    },
  );

  it('drops unusable annotations one by one and keeps the rest', () => {
    const hostile = {
      ...item,
      id: `${item.id.split('#')[0]}#hostile`,
      body: [
        { purpose: 'assessing', value: 'Not a verdict' },
        { purpose: 'describing', value: '<img src=x onerror=alert(1)>' },
        { purpose: 'linking', source: { id: 'javascript:alert(1)' } },
        { purpose: 'linking', source: { id: 'https://elsewhere.invalid/claims/x/' } },
        { purpose: 'tagging', value: 7 },
      ],
    };
    const { annotations, problems } = parseAnnotationCollection(
      withItems([
        item,
        hostile,
        item,
        null,
        { id: 'no-hash' },
        { id: 'x#no-target' },
        { ...item, id: 'x#q', target: { selector: [{ type: 'TextQuoteSelector', exact: 5 }] } },
        { ...item, id: 'x#long', target: { selector: { type: 'TextQuoteSelector', exact: 'a'.repeat(6000) } } },
        {
          ...item,
          id: 'x#bad-position',
          target: {
            ...item.target,
            selector: [item.target.selector[0], { type: 'TextPositionSelector', start: -1, end: 'x' }],
          },
        },
      ]),
      SITE,
    );
    expect(annotations.map((annotation) => annotation.id)).toEqual([annotations[0]!.id, 'hostile', 'bad-position']);
    expect(annotations[1]).toMatchObject({
      verdictId: undefined,
      verdictLabel: 'Not a verdict',
      summary: '<img src=x onerror=alert(1)>',
      claimUrl: undefined,
      flags: [],
    });
    expect(annotations[2]?.position).toBeUndefined();
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/second annotation/);
  });

  it('cuts an overlong prefix and suffix to the 200 characters next to the quote', () => {
    const [quote, position] = item.target.selector;
    const long = { ...quote, prefix: `${'x'.repeat(10_000)}END`, suffix: `START${'y'.repeat(10_000)}` };
    const { annotations } = parseAnnotationCollection(
      withItems([{ ...item, target: { ...item.target, selector: [long, position] } }]),
      SITE,
    );
    expect(annotations[0]?.quote.prefix).toBe(`${'x'.repeat(197)}END`);
    expect(annotations[0]?.quote.suffix).toBe(`START${'y'.repeat(195)}`);
  });

  it('links only under the site baked into the extension, whatever the collection says its id is', () => {
    const elsewhere = 'https://attacker.invalid/';
    const rewrite = (json: unknown) => JSON.parse(JSON.stringify(json).replaceAll(SITE, elsewhere)) as unknown;
    const { annotations, problems } = parseAnnotationCollection(rewrite(collection), SITE);
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((annotation) => annotation.claimUrl === undefined)).toBe(true);
    expect(problems).toEqual(['the collection id is not on our site']);
    // The same file read by an extension built for the other address would link there: the id decides nothing.
    const own = parseAnnotationCollection(rewrite(collection), elsewhere);
    expect(own.annotations.every((annotation) => annotation.claimUrl?.startsWith(elsewhere))).toBe(true);
  });

  it.each(['http://sanctuary-claims-check.example.org/', 'javascript:alert(1)//', 'https://example.org/no-slash'])(
    'keeps no claim links for a site address that is not https: %s',
    (site) => {
      const { annotations, problems } = parseAnnotationCollection(collection, site);
      expect(annotations.every((annotation) => annotation.claimUrl === undefined)).toBe(true);
      expect(problems[0]).toMatch(/is not https: no claim links are kept$/);
    },
  );

  it("accepts plain http only for a site on this machine (the tests' local server)", () => {
    expect(linkableSite('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321/');
    expect(linkableSite('http://localhost:4321/base/')).toBe('http://localhost:4321/base/');
    expect(linkableSite('http://10.0.0.1/')).toBeUndefined();
  });
});
