/**
 * `npm run dev` shows drafts, as `npm run build` never does (tests/build/accountability.test.ts):
 * on its source page and on its own page, each under a "Draft, not published" banner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-case.ts';
import { select, selectAll, toString } from '../support/html.ts';
import { fromHtml } from 'hast-util-from-html';

const port = 4900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let output = '';

/** The test runner's own environment (VITEST*, NODE_ENV=test) turns off Astro's routing. */
const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));

/** The first request after start-up may come before the server is ready: retry briefly. */
async function page(url: string, timeout = 60_000) {
  const started = Date.now();
  for (;;) {
    const response = await fetch(`${base}${url}`).catch(() => undefined);
    if (response?.status === 200) return fromHtml(await response.text());
    if (Date.now() - started > timeout) throw new Error(`${url}: ${response?.status}\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('drafts in the dev server', () => {
  beforeAll(async () => {
    server = spawn(
      process.execPath,
      // Astro's own command with a cache folder of its own (src/cli/astro.ts): Astro's command line has no flag for it.
      [
        path.join(ROOT, 'src/cli/astro.ts'),
        'dev',
        '--cache-dir',
        path.join(ROOT, 'tests/.output/cache/drafts-dev'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: ROOT,
        env: {
          ...withoutVitest(process.env),
          FACTCHECK_CONTENT: 'tests/fixtures/accountability/content',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
  });

  afterAll(() => {
    server?.kill();
  });

  it('lists a draft on its source page under the banner, apart from the published notes', async () => {
    const tree = await page('/sources/town-meeting/');
    const drafts = select('.drafts', tree)!;
    expect(toString(select('.draft-banner', drafts)!)).toContain('Draft, not published');
    expect(selectAll('.claim-item a', drafts).map((link) => link.properties['href'])).toEqual([
      '/drafts/town-pothole-fund/',
    ]);
    expect(selectAll('.note', tree)).toHaveLength(2);
  });

  it('shows a draft on its own page with the banner, and a draft-only article', async () => {
    const tree = await page('/drafts/town-pothole-fund/');
    expect(toString(select('.draft-banner', tree)!)).toContain('Draft, not published');
    expect(toString(select('.claim-quote mark', tree)!)).toBe('the pothole fund had tripled since last year');
    expect(toString(select('.byline', tree)!).replace(/\s+/g, ' ')).toContain('Checked by Avery Fixture');
    const unfinished = await page('/sources/unfinished-article/');
    expect(selectAll('.drafts .claim-item', unfinished)).toHaveLength(1);
  });
});
