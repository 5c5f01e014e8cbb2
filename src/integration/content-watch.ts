/**
 * `astro dev`: re-runs the content checker whenever a file under the content folders changes,
 * so an editor who saves a bad file sees the same `file:line:column` messages as
 * `npm run check` in the terminal and in the browser's error overlay; once the content is
 * fixed the overlay is cleared and the page reloads (the site model is rebuilt per request
 * in dev, see `site/corpus.ts`).
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { contentDirs } from '../corpus/content-dirs.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { formatProblems } from '../corpus/problems.ts';

/** Saves come in bursts (editors write a temp file, then rename): check once they settle. */
const SETTLE_MS = 150;

export function contentWatchPlugin(options: { root: string; logger: AstroIntegrationLogger }): Plugin {
  const { root, logger } = options;
  const dirs = Object.values(contentDirs()).map((dir) => path.resolve(root, dir));
  const watched = (file: string) => dirs.some((dir) => file === dir || file.startsWith(`${dir}${path.sep}`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  let running: Promise<void> = Promise.resolve();

  const check = async (server: ViteDevServer, changed: string) => {
    const { problems, ok } = await loadCorpus(root);
    const report = problems.length > 0 ? formatProblems(problems) : '';
    const what = path.relative(root, changed).split(path.sep).join('/');
    if (!ok) {
      logger.error(`Content check after a change to ${what}:\n${report}`);
      // Astro's dev server escapes error payloads for its overlay, so the report goes as plain text.
      server.ws.send({ type: 'error', err: { message: `Content check failed:\n${report}`, stack: '', plugin: 'factcheck-content', id: what } });
    } else {
      if (problems.length > 0) logger.warn(`Content check after a change to ${what}:\n${report}`);
      else logger.info(`Content check after a change to ${what}: ok`);
      // A full reload clears the overlay and shows the page rendered from the fixed content.
      if (failing) server.ws.send({ type: 'full-reload', path: '*' });
    }
    failing = !ok;
  };

  return {
    name: 'factcheck-content-watch',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(dirs);
      server.watcher.on('all', (_event, file) => {
        if (!watched(path.resolve(file))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          // One check at a time, in order, so an older result never overwrites a newer one.
          running = running.then(() => check(server, file)).catch((error: unknown) => logger.error(String(error)));
        }, SETTLE_MS);
      });
    },
  };
}
