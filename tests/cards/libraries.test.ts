/**
 * What cards take from npm is found by folder, not through each package's `exports`, and a library that will not
 * load leaves the cards to satori: a dependency that moves makes cards slower or gives them a new cache key, and
 * never stops a build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFontFile, findFontFile, libraryVersions, loadHarfBuzz, packageDir } from '../../src/cards/libraries.ts';
import { ROOT } from '../support/fixture-case.ts';

const temporary = () => mkdtempSync(path.join(tmpdir(), 'card-libraries-'));
const touch = (file: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
};
const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;

// One test loads satori, sharp and HarfBuzz in a fresh process: seconds on a busy machine.
describe('the libraries and font share cards use', { timeout: 60_000 }, () => {
  it('are found by folder, whatever a package exports', () => {
    const root = temporary();
    writeFileSync(path.join(root, 'package.json'), '{}');
    mkdirSync(path.join(root, 'node_modules/closed'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/closed/package.json'), '{"version":"2.0.0","exports":{}}');
    expect(packageDir('closed', root)).toBe(path.join(root, 'node_modules/closed'));
    expect(packageDir('absent', root)).toBeUndefined();
  });

  it('name their installed versions in the cards’ cache key, HarfBuzz as satori uses it', async () => {
    const versions = libraryVersions();
    expect(versions.map((entry) => entry.split('@')[0])).toEqual(['satori', 'sharp', 'harfbuzzjs', 'fontkitten']);
    expect(versions).toContain(`satori@${versionOf(packageDir('satori')!)}`);
    expect(versions).toContain(`sharp@${versionOf(packageDir('sharp')!)}`);
    const hb = (await loadHarfBuzz()) as { createBuffer?: unknown };
    expect(typeof hb.createBuffer).toBe('function');
  });

  it('find the font where @fontsource keeps it, or wherever a later version moves it', () => {
    expect(cardFontFile(400)).toMatch(/dejavu-sans-latin-400-normal\.woff$/);
    const moved = temporary();
    for (const name of ['dejavu-sans-latin-ext-700-normal.woff', 'dejavu-sans-latin-700-normal.woff2'])
      touch(path.join(moved, 'files', name));
    touch(path.join(moved, 'fonts/woff/dejavu-sans-latin-700-normal.woff'));
    expect(findFontFile(moved, 700)).toBe(path.join(moved, 'fonts/woff/dejavu-sans-latin-700-normal.woff'));
    // Only another subset: drawn in it rather than not at all.
    const extOnly = temporary();
    touch(path.join(extOnly, 'files/dejavu-sans-latin-ext-400-normal.woff'));
    expect(findFontFile(extOnly, 400)).toBe(path.join(extOnly, 'files/dejavu-sans-latin-ext-400-normal.woff'));
    expect(() => findFontFile(temporary(), 400)).toThrow(/no 400 weight \.woff .*npm install @fontsource\/dejavu-sans/);
    expect(() => findFontFile(undefined, 400)).toThrow(/not installed/);
  });

  it('draw every card with satori, byte for byte, when HarfBuzz or fontkitten will not load', () => {
    // A fresh process in which fontkitten cannot be found, as after a release that renamed or dropped it.
    const script = `
      import { registerHooks } from 'node:module';
      registerHooks({
        resolve(specifier, context, next) {
          if (specifier === 'fontkitten') throw new Error('fontkitten moved');
          return next(specifier, context);
        },
      });
      const render = await import(${JSON.stringify(path.join(ROOT, 'src/cards/render.ts'))});
      const { cardTree } = await import(${JSON.stringify(path.join(ROOT, 'src/cards/tree.ts'))});
      const { DEFAULT_SCALE } = await import(${JSON.stringify(path.join(ROOT, 'src/domain/scale.ts'))});
      render.useCardKit(null);
      await render.warmUp();
      const site = { name: 'Fixture Checks', description: 'Checked.' };
      const verdict = DEFAULT_SCALE.verdict('false');
      const tree = cardTree({ quote: 'The council voted.', verdict, from: 'Gazette' }, site);
      const [card, satori] = [await render.drawCard(tree), await render.drawCardWithSatori(tree)];
      const layout = await render.claimCardLayout(tree);
      console.log(JSON.stringify({ same: card.equals(satori), bytes: card.length, stamped: layout !== undefined }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ same: true, stamped: false });
  });
});
