/**
 * `astro dev`: checks the content again whenever a file under the content folders changes, so
 * an editor who saves a bad file sees the same `file:line:column` messages as `npm run check`
 * in the terminal and in the browser's error overlay. A broken entry breaks only the pages
 * that show it (broken-pages.ts): those answer with the messages in plain HTML, readable
 * without the overlay; every other page renders from the rest of the content. Once the
 * content is fixed the overlay is cleared and the page reloads.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { formatProblems } from '../corpus/problems.ts';
import type { SiteData } from '../site/site-model.ts';
import { brokenPages, problemPage } from './broken-pages.ts';
import { loadSiteData, type LoadedSiteData, type SiteDataOptions } from './site-data.ts';

/** Saves come in bursts (editors write a temp file, then rename): check once they settle. */
const SETTLE_MS = 150;

export interface ContentWatchOptions {
  readonly root: string;
  readonly dirs: ContentDirs;
  readonly logger: AstroIntegrationLogger;
  /** How the content is checked: as at start-up (the site's `requireReview`, the previous claims). */
  readonly load: SiteDataOptions;
  /** The check the integration ran at start-up. */
  readonly initial: LoadedSiteData;
  /** A page path with the site's base path: the pages a broken entry breaks are found by it. */
  readonly href: (path: string) => string;
  /** Receives the content after each check, errors or not (entries that failed are left out). */
  readonly onData: (data: SiteData) => void;
}

export function contentWatchPlugin(options: ContentWatchOptions): Plugin {
  const { root, dirs, logger, href } = options;
  const folders = [dirs.sources, dirs.claims, dirs.citations, dirs.people, dirs.linkStatus].map((dir) =>
    path.resolve(root, dir),
  );
  const watched = (file: string) => folders.some((dir) => file === dir || file.startsWith(`${dir}${path.sep}`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current = options.initial;
  let broken = brokenPages(current, dirs, href);
  let running: Promise<void> = Promise.resolve();

  const check = async (server: ViteDevServer, changed: string) => {
    current = await loadSiteData(root, dirs, options.load);
    broken = brokenPages(current, dirs, href);
    options.onData(current.data);
    const { problems, ok } = current;
    const report = problems.length > 0 ? formatProblems(problems) : '';
    const what = path.relative(root, changed).split(path.sep).join('/');
    if (!ok) {
      logger.error(`Content check after a change to ${what}:\n${report}`);
      // Astro's dev server escapes error payloads for its overlay, so the report goes as plain text.
      const message = `Content check failed:\n${report}`;
      server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'factcheck-content', id: what } });
    } else {
      if (problems.length > 0) logger.warn(`Content check after a change to ${what}:\n${report}`);
      else logger.info(`Content check after a change to ${what}: ok`);
      // The open page shows the new content (and the overlay of an earlier failure goes).
      server.ws.send({ type: 'full-reload', path: '*' });
    }
  };

  return {
    name: 'factcheck-content-watch',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(folders);
      server.watcher.on('all', (_event, file) => {
        if (!watched(path.resolve(file))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          // One check at a time, in order, so an older result never overwrites a newer one.
          running = running.then(() => check(server, file)).catch((error: unknown) => logger.error(String(error)));
        }, SETTLE_MS);
      });
      // Before Astro's own handler: a page that shows a broken entry answers with its problems.
      server.middlewares.use((request, response, next) => {
        if (broken.size === 0) return next();
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        const problems = broken.get(pathname.endsWith('/') || pathname.includes('.') ? pathname : `${pathname}/`);
        if (!problems) return next();
        response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(problemPage(problems, `${server.config.base}@vite/client`));
      });
    },
  };
}
