/** Lighthouse (the npm package) on built pages, driving Debian's Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export async function runLighthouse(
  dist: string,
  pages: Record<string, string>,
): Promise<Record<string, LighthouseScores>> {
  const server = await serveStatic(dist);
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  const scores: Record<string, LighthouseScores> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Desktop-like settings without network throttling: the server is on loopback.
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'provided',
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      };
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return scores;
}
