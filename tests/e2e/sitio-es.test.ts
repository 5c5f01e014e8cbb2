/**
 * The Spanish second site (tests/fixtures/sites/sitio-es) in real Chromium: axe-core finds nothing on any page
 * type in the light and dark themes, with the site's own verdict colours; the page is in Spanish to the
 * accessibility tree (`lang="es"`), and search answers in Spanish with the site's own verdict filters.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { runBuild } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const PAGE_TYPES: Record<string, string> = {
  inicio: '/',
  artículo: '/sources/villa-ejemplo-presupuesto/',
  afirmación: '/claims/biblioteca-recorte/',
  veredictos: '/verdicts/',
  'un veredicto': '/verdicts/enganoso/',
  'una señal': '/flags/falta-contexto/',
  documentos: '/citations/',
  metodología: '/methodology/',
  personas: '/people/',
  correcciones: '/corrections/',
  transparencia: '/transparency/',
  extensión: '/extension/',
  búsqueda: '/search/',
  '404': '/no-existe/',
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = runBuild({
    root: 'tests/fixtures/sites/sitio-es',
    outDir: 'tests/.output/builds/sitio-es-e2e',
    cacheDir: 'tests/.output/cache/sitio-es-e2e',
  });
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Spanish site in Chromium', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(Object.entries(PAGE_TYPES))(`%s (${scheme}): axe finds nothing`, async (_name, path) => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(`${server.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    });
  }

  it('searches in Spanish, with the site’s own verdicts as filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=biblioteca`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/resultados? para “biblioteca”/);
    expect(await page.locator('input[name="verdict"][value="enganoso"]').count()).toBe(1);
    // Results carry the site's own badges: the page hands its script the site's verdicts.
    await expect
      .poll(() => page.locator('.search-result .badge').allTextContents())
      .toContainEqual(expect.stringMatching(/Engañoso|Sin pruebas/));
    await page.close();
  });
});
