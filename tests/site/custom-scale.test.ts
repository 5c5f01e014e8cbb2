import siteConfig from 'virtual:factcheck/config';
/**
 * A new verdict is one entry in the scale: with `needs-context` (and the flag `outdated`) added, every output
 * reachable without building the site shows it. The site's scale is replaced where the site reads it
 * (src/site/active-scale.ts), as a site's options will replace it; nothing else is told.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { validateFields } from '../../src/corpus/validate-fields.ts';
import { inconsistentPairs } from '../../src/domain/consistency.ts';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { claimTemplate } from '../../src/editing/scaffold.ts';
import { parseAnnotationCollection } from '../../src/annotations/index.ts';
import { buildExtension } from '../../src/integration/extension/build.ts';
import { verdictLook, verdictLooks } from '../../src/extension/verdict-look.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { claimSchemas } from '../../src/schemas/claim.ts';
import { flagOptions, verdictOptions } from '../../src/search/facet-options.ts';
import { toResultView } from '../../src/search/results.ts';
import { activeScale } from '../../src/site/active-scale.ts';
import { claimReview } from '../../src/site/claim-review.ts';
import { correctionsLog, verdictChangeText } from '../../src/site/corrections-log.ts';
import { claimsExport, sourcesExport } from '../../src/site/exports.ts';
import { feedItems } from '../../src/site/feed.ts';
import { methodologyView } from '../../src/site/methodology.ts';
import { cardTree, claimCardInputs } from '../../src/cards/index.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { verdictCss } from '../../src/site/theme.ts';
import { transparency } from '../../src/site/transparency.ts';
import { sourceAnnotations } from '../../src/site/web-annotations.ts';
import { parseYaml } from '../../src/corpus/yaml-document.ts';
import { CUSTOM_CONTENT, CUSTOM_SCALE, NEEDS_CONTEXT, OUTDATED } from '../support/custom-scale.ts';
import { ROOT } from '../support/fixture-case.ts';
import { translator } from '../../src/i18n/index.ts';
import { searchText, searchWords } from '../../src/search/words.ts';
import { ENGLISH_EXTENSION_WORDS } from '../support/extension-words.ts';

vi.mock('../../src/site/active-scale.ts', () => import('../support/custom-scale.ts'));

const loaded = await loadSiteData(ROOT, contentDirs(CUSTOM_CONTENT));
const model = buildSiteModel(loaded.data);
const claim = model.claims.get('second-vote')!;
const sourceView = model.sources.find((view) => view.source.slug === 'second-article')!;

describe('a scale with one verdict and one flag more', () => {
  it('is what the site reads, checked like any scale', () => {
    expect(activeScale()).toBe(CUSTOM_SCALE);
    expect(CUSTOM_SCALE.verdictIds).toEqual([
      'supported',
      'partly-supported',
      'needs-context',
      'misleading',
      'contested',
      'unsupported',
      'false',
      'opinion',
    ]);
    expect(CUSTOM_SCALE.flagIds.at(-1)).toBe('outdated');
  });

  it("is accepted by the claim schema built from it, and refused by the default scale's", () => {
    const yaml = parseYaml('quote: q\nverdict: needs-context\nflags: [outdated]\nsummary: s\npublished: 2026-11-20\n');
    const custom = validateFields(claimSchemas(CUSTOM_SCALE).claim, yaml, 'c.mdx', 'claim frontmatter');
    expect(custom.problems).toEqual([]);
    expect(custom.data).toMatchObject({ verdict: 'needs-context', flags: ['outdated'] });
    const fallback = validateFields(claimSchemas(DEFAULT_SCALE).claim, yaml, 'c.mdx', 'claim frontmatter');
    expect(fallback.problems.map((problem) => problem.ruleId)).toEqual(['unknown-verdict', 'unknown-flag']);
  });

  it('lets the checker read content using it, links to its page too, which the default scale refuses', async () => {
    expect(loaded.problems.map(String)).toEqual([]);
    const checkedWithDefault = await loadCorpus(ROOT, contentDirs(CUSTOM_CONTENT), { scale: DEFAULT_SCALE });
    expect(new Set(checkedWithDefault.problems.map((problem) => problem.ruleId))).toEqual(
      new Set(['unknown-verdict', 'unknown-flag', 'unknown-internal-link']),
    );
  });

  it('puts the claim under its verdict and flag in the site model', () => {
    expect(claim.verdict).toBe(CUSTOM_SCALE.verdict('needs-context'));
    expect(claim.flags.map((flag) => flag.label)).toEqual(['Outdated']);
    expect(model.verdicts.map(({ verdict }) => verdict.id)).toEqual(CUSTOM_SCALE.verdictIds);
    expect(model.verdicts.find(({ verdict }) => verdict.id === 'needs-context')?.claims).toEqual([claim]);
    expect(model.flags.find(({ flag }) => flag.id === 'outdated')?.claims).toEqual([claim]);
    expect(model.counts['needs-context']).toBe(1);
    expect(sourceView.firstByVerdict.get('needs-context')).toBe(claim);
  });

  it('lists it on the methodology page, with its definition and rating', () => {
    const view = methodologyView();
    expect(view.verdicts.map((verdict) => verdict.label)).toContain('Needs context');
    expect(view.ratings.find(({ verdict }) => verdict.id === 'needs-context')?.rating).toBe(3);
    expect(view.flags.map((flag) => flag.definition)).toContain(OUTDATED.definition);
  });

  it('rates it in ClaimReview by its own rating and label', () => {
    expect(claimReview(claim)?.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Needs context',
    });
  });

  it('offers it as a search filter and shows it on a search result', () => {
    expect(verdictOptions(model.scale)).toContainEqual({
      value: 'needs-context',
      label: 'Needs context',
      verdict: 'needs-context',
      icon: '◇',
    });
    expect(flagOptions(model.scale)).toContainEqual({ value: 'outdated', label: 'Outdated' });
    const result = toResultView(
      { url: '/claims/second-vote/', excerpt: 'x', meta: { verdict: 'needs-context' }, filters: { type: ['claim'] } },
      activeScale(),
      searchText(searchWords(translator('en'))),
    );
    expect(result.verdict).toEqual({
      id: 'needs-context',
      label: 'Needs context',
      icon: '◇',
      definition: NEEDS_CONTEXT.definition,
    });
  });

  it('colours it in the stylesheet, light and dark', () => {
    const css = verdictCss();
    expect(css).toContain(`.v-needs-context{--v:${NEEDS_CONTEXT.color.light}}`);
    expect(css).toContain(`.vo-needs-context{--vo:${NEEDS_CONTEXT.color.light}}`);
    expect(css).toContain(`.v-needs-context{--v:${NEEDS_CONTEXT.color.dark}}`);
  });

  it('counts it on the transparency page and in the exports, in scale order', () => {
    const counts = transparency(model).byOutlet.map((row) => row.counts);
    expect(counts.every((row) => Object.keys(row).join() === CUSTOM_SCALE.verdictIds.join())).toBe(true);
    expect(counts.reduce((sum, row) => sum + row['needs-context']!, 0)).toBe(1);
    expect(transparency(model).differingPairs.map(({ first, second }) => [first.id, second.id])).toEqual([
      ['sample-vote', 'second-vote'],
    ]);
    expect(claimsExport(model).find((entry) => entry.id === 'second-vote')).toMatchObject({
      verdict: 'needs-context',
      flags: ['outdated'],
    });
    const exported = sourcesExport(model).find((entry) => entry.slug === 'second-article')!;
    expect(Object.keys(exported.claimsByVerdict)).toEqual(CUSTOM_SCALE.verdictIds);
    expect(exported.claimsByVerdict['needs-context']).toBe(1);
  });

  it('names it in the feeds and the corrections log', () => {
    const item = feedItems([claim])[0]!;
    expect(item.title).toMatch(/^Needs context: /);
    expect(item.categories).toEqual(['Needs context', 'Outdated']);
    const entry = correctionsLog(model.claims.values()).find((candidate) => candidate.claim.id === 'sample-vote')!;
    expect(verdictChangeText(entry)).toBe('Needs context → Supported');
  });

  it('finds related claims rated differently by it', () => {
    const pairs = inconsistentPairs(loaded.data.corpus.claims);
    expect(pairs.map(({ a, b }) => `${a.id}/${b.id}: ${a.data.verdict}/${b.data.verdict}`)).toEqual([
      'sample-vote/second-vote: supported/needs-context',
    ]);
  });

  it('draws it on the share card, in its colour', () => {
    const input = claimCardInputs(loaded.data.corpus, activeScale().verdicts).find(
      ({ id }) => id === 'second-vote',
    )!.input;
    expect(input.verdict.id).toBe('needs-context');
    const tree = JSON.stringify(cardTree(input, { name: 'Fixture Check', description: 'Checks.' }));
    expect(tree).toContain('Needs context');
    expect(tree).toContain(NEEDS_CONTEXT.color.light);
  });

  it('lists it in a new claim’s template', () => {
    const template = claimTemplate({ quote: 'q', anchoredAt: 'a.txt:1:1', today: '2026-12-01', scale: activeScale() });
    expect(template).toMatch(/^# One of: .*needs-context.*$/m);
    expect(template).toMatch(/^# Problems found whatever the verdict, any of: .*outdated\. \[\] for none\.$/m);
  });
});

describe('the extension, built for a scale with one verdict more', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'custom-scale-extension-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reads the verdict of a published annotation and shows it in the look of the site', () => {
    const looks = verdictLooks(activeScale());
    const collection = sourceAnnotations(sourceView, siteConfig);
    const { annotations } = parseAnnotationCollection(collection, 'https://checks.example/');
    const annotation = annotations.find((candidate) => candidate.id === 'second-vote')!;
    expect(annotation).toMatchObject({ verdictId: 'needs-context', verdictLabel: 'Needs context' });
    expect(verdictLook(annotation.verdictId, annotation.verdictLabel, looks)).toEqual({
      id: 'needs-context',
      icon: '◇',
      label: 'Needs context',
      color: NEEDS_CONTEXT.color.light,
    });
  });

  it('carries its look in the bundle', async () => {
    const outDir = path.join(work, 'extension');
    await buildExtension({
      siteUrl: 'https://checks.example/',
      sources: [],
      outDir,
      version: '1.0.0',
      bundledAt: '2026-12-01',
      scale: activeScale(),
      words: ENGLISH_EXTENSION_WORDS,
    });
    const content = readFileSync(path.join(outDir, 'content.js'), 'utf8');
    expect(content).toContain('"needs-context"');
    expect(content).toContain('"Needs context"');
    expect(content).toContain(`"${NEEDS_CONTEXT.color.light}"`);
  });
});
