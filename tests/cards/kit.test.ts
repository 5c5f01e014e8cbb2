/**
 * The card kit makes a build faster, never different, and never stops one because a dependency moved: a kit drawn
 * for the renderer as it is now draws every card byte for byte as the renderer draws it without one, and a kit
 * drawn for another renderer (a font or library changed since) is left unused. So these tests draw their own kit;
 * none compares with the bytes of the kit kept in the source, which follow the installed fonts and libraries.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererKey } from '../../src/cards/cache.ts';
import { drawCardKit } from '../../src/cards/draw-kit.ts';
import { claimCardText } from '../../src/cards/fast.ts';
import { decodeCardKit, encodeCardKit, readCardKit, readCardKitKey, type CardKit } from '../../src/cards/kit.ts';
import { drawCard, useCardKit } from '../../src/cards/render.ts';
import { cardTree, claimCardInputs, siteCardTree, type ClaimCardInput } from '../../src/cards/tree.ts';
import type { CardSite, CardVerdict } from '../../src/cards/options.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';

const VERDICT_LIST = DEFAULT_SCALE.verdicts;
import { loadSiteData } from '../../src/integration/site-data.ts';
import { publishedOnly } from '../../src/site/drafts.ts';
import siteConfig from 'virtual:factcheck/config';
import { ROOT } from '../support/fixture-case.ts';

const site: CardSite = siteConfig;
const { data } = await loadSiteData(ROOT, contentDirs('content'));
const inputs = claimCardInputs(publishedOnly(data).corpus);
/** A verdict of another site's scale: its badge and colour are nowhere in ours. */
const needsContext: CardVerdict = {
  id: 'needs-context',
  label: 'Needs context',
  icon: '…',
  color: { light: '#7a4b00' },
};
const kit = await drawCardKit({ site, verdicts: [...VERDICT_LIST, needsContext] });
const dir = mkdtempSync(path.join(tmpdir(), 'card-kit-'));
const kitFile = path.join(dir, 'kit.bin');
const kitBytes = encodeCardKit(kit);
writeFileSync(kitFile, kitBytes);

const templateOf = (input: ClaimCardInput) => JSON.stringify(claimCardText(cardTree(input, site))!.template);

/** Whether `candidate` holds every template and whole card of the scale and site it should have been drawn for. */
function holdsEverything(candidate: CardKit, verdicts: readonly CardVerdict[]): boolean {
  const sample = inputs[0]!.input;
  return (
    verdicts.every((verdict) => candidate.templates.has(templateOf({ ...sample, verdict }))) &&
    candidate.cards.has(JSON.stringify(siteCardTree(site)))
  );
}

// Drawing every real card twice, or encoding a kit (deflate level 9), takes seconds on a busy machine.
describe('the card kit (templates, glyphs and the site card drawn ahead)', { timeout: 60_000 }, () => {
  it('is drawn for the renderer as it is now, with a template for each verdict of the scale it is given', () => {
    expect(kit.key).toBe(rendererKey());
    expect(kit.templates.size).toBe(VERDICT_LIST.length + 1);
    expect(holdsEverything(kit, [...VERDICT_LIST, needsContext])).toBe(true);
    expect(kit.glyphs.length).toBeGreaterThan(1000);
  });

  it('draws every real card byte for byte as the renderer draws it without the kit', async () => {
    const trees = [...inputs.map(({ input }) => cardTree(input, site)), siteCardTree(site)];
    useCardKit(kit);
    const withKit = [];
    for (const tree of trees) withKit.push(await drawCard(tree));
    useCardKit(null);
    const differing: number[] = [];
    for (const [i, tree] of trees.entries()) if (!(await drawCard(tree)).equals(withKit[i]!)) differing.push(i);
    expect(differing).toEqual([]);
    expect(new Set(inputs.map(({ input }) => input.verdict.id)).size).toBeGreaterThan(3);
  });

  it('keeps the whole kit through its file format, its renderer readable from the first line', () => {
    expect(encodeCardKit(decodeCardKit(kitBytes)).equals(kitBytes)).toBe(true);
    expect(readCardKitKey(kitFile)).toBe(kit.key);
  });

  it('is left unused when missing or stale, and stops the build naming the file when it cannot be read', () => {
    expect(readCardKit(rendererKey(), path.join(dir, 'none.bin'))).toBeUndefined();
    expect(readCardKitKey(path.join(dir, 'none.bin'))).toBeUndefined();
    const stale = path.join(dir, 'stale.bin');
    // Another renderer's key on the first line: not even inflated.
    writeFileSync(stale, Buffer.from(kitBytes.toString('latin1').replace(kit.key, 'f'.repeat(64)), 'latin1'));
    expect(readCardKit(rendererKey(), stale)).toBeUndefined();
    expect(readCardKitKey(stale)).toBe('f'.repeat(64));
    const cut = path.join(dir, 'cut.bin');
    writeFileSync(cut, kitBytes.subarray(0, kitBytes.length - 100));
    expect(() => readCardKit(rendererKey(), cut)).toThrow(/cut\.bin: .*npm run cards:kit/);
    const other = path.join(dir, 'other.bin');
    writeFileSync(other, 'not a kit');
    expect(() => readCardKit(rendererKey(), other)).toThrow(/other\.bin: not a card kit/);
  });

  it('kept with the source, is used only where this renderer drew it, and then holds the whole scale', () => {
    // Stale after a font or library moved (the build then says so and draws without it): not a failure.
    const shipped = readCardKit(rendererKey());
    if (shipped) expect(holdsEverything(shipped, VERDICT_LIST), 'npm run cards:kit draws it again').toBe(true);
    else expect(readCardKitKey()).not.toBe(rendererKey());
  });

  it('lets a card worker draw claim cards without loading satori or sharp', () => {
    // A fresh process records every module it loads while it warms up and draws one claim card
    // (resolving is not loading: the cache key reads the libraries' versions from their folders).
    const script = `
      import { readFileSync } from 'node:fs';
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { decodeCardKit } = await import(${JSON.stringify(path.join(ROOT, 'src/cards/kit.ts'))});
      const { useCardKit, warmUp, drawCard } = await import(${JSON.stringify(path.join(ROOT, 'src/cards/render.ts'))});
      useCardKit(decodeCardKit(readFileSync(${JSON.stringify(kitFile)})));
      await warmUp();
      const png = await drawCard(${JSON.stringify(cardTree(inputs[0]!.input, site))});
      const libraries = ['satori', 'sharp'].filter((name) =>
        loaded.some((url) => new RegExp('/node_modules/' + name + '/(?!node_modules/)').test(url)));
      console.log(JSON.stringify({ bytes: png.length, libraries }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { bytes: number; libraries: string[] };
    expect(result.bytes).toBeGreaterThan(1000);
    expect(result.libraries).toEqual([]);
  });
});
