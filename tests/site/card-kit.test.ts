import siteConfig from 'virtual:factcheck/config';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { VERDICT_LIST } from '../../src/domain/verdicts.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { rendererKey } from '../../src/site/card-cache.ts';
import { claimCardText } from '../../src/site/card-fast.ts';
import { CARD_KIT_FILE, decodeCardKit, encodeCardKit, readCardKit } from '../../src/site/card-kit.ts';
import { drawCard, useCardKit } from '../../src/site/card-render.ts';
import { publishedOnly } from '../../src/site/drafts.ts';
import { cardTree, claimCardInputs, siteCardTree } from '../../src/site/share-card.ts';
import { ROOT } from '../support/fixture-case.ts';

const STALE = 'The card kit was drawn by another renderer: run `npm run cards:kit` and commit src/site/card-kit.bin';
const kit = readCardKit(rendererKey());
const { data } = await loadSiteData(ROOT, contentDirs('content'));
const inputs = claimCardInputs(publishedOnly(data).corpus);

afterAll(() => useCardKit(kit ?? null));

describe('the card kit (templates, glyphs and the site card drawn ahead)', () => {
  it('was drawn by the renderer as it is now', () => {
    expect(kit, STALE).toBeDefined();
    expect(kit!.key).toBe(rendererKey());
  });

  it('holds every verdict’s template and the site card', () => {
    const sample = inputs[0]!.input;
    for (const verdict of VERDICT_LIST) {
      const template = claimCardText(cardTree({ ...sample, verdict }, siteConfig))!.template;
      expect(kit?.templates.has(JSON.stringify(template)), `${verdict.id}: ${STALE}`).toBe(true);
    }
    expect(kit?.cards.has(JSON.stringify(siteCardTree(siteConfig))), STALE).toBe(true);
  });

  it('draws every real card byte for byte as the renderer draws it without the kit', async () => {
    const trees = [...inputs.map(({ input }) => cardTree(input, siteConfig)), siteCardTree(siteConfig)];
    useCardKit(kit ?? null);
    const withKit = [];
    for (const tree of trees) withKit.push(await drawCard(tree));
    useCardKit(null);
    const differing: number[] = [];
    for (const [i, tree] of trees.entries()) if (!(await drawCard(tree)).equals(withKit[i]!)) differing.push(i);
    expect(differing).toEqual([]);
    expect(new Set(inputs.map(({ input }) => input.verdict.id)).size).toBeGreaterThan(3);
  });

  it('keeps the whole kit through its file format', () => {
    const bytes = readFileSync(CARD_KIT_FILE);
    expect(encodeCardKit(decodeCardKit(bytes)).equals(bytes)).toBe(true);
  });

  it('is left unused when missing or stale, and stops the build naming the file when it cannot be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'card-kit-'));
    expect(readCardKit(rendererKey(), path.join(dir, 'none.bin'))).toBeUndefined();
    const stale = path.join(dir, 'stale.bin');
    writeFileSync(stale, readFileSync(CARD_KIT_FILE));
    expect(readCardKit('another renderer', stale)).toBeUndefined();
    const cut = path.join(dir, 'cut.bin');
    const whole = readFileSync(CARD_KIT_FILE);
    writeFileSync(cut, whole.subarray(0, whole.length - 100));
    expect(() => readCardKit(rendererKey(), cut)).toThrow(/cut\.bin: .*npm run cards:kit/);
    const other = path.join(dir, 'other.bin');
    writeFileSync(other, 'not a kit');
    expect(() => readCardKit(rendererKey(), other)).toThrow(/other\.bin: not a card kit/);
  });

  it('lets a card worker draw claim cards without loading satori or sharp', () => {
    // A fresh process records every module it loads while it warms up and draws one claim card
    // (resolving is not loading: the cache key resolves both to read their versions).
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { warmUp, drawCard } = await import(${JSON.stringify(path.join(ROOT, 'src/site/card-render.ts'))});
      await warmUp();
      const png = await drawCard(${JSON.stringify(cardTree(inputs[0]!.input, siteConfig))});
      const libraries = ['satori', 'sharp'].filter((name) => loaded.some((url) => url.includes('/' + name + '/')));
      console.log(JSON.stringify({ bytes: png.length, libraries }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { bytes: number; libraries: string[] };
    expect(result.bytes).toBeGreaterThan(1000);
    expect(result.libraries).toEqual([]);
  });
});
