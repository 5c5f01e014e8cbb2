/**
 * Runs the content checker before Astro builds anything, so bad input stops the build with
 * every problem listed as `file:line:column  error  message  rule-id`, and nothing is
 * rendered from an entry that failed. In `astro dev` the problems are logged instead, so
 * the preview keeps running while the editor fixes them, and `content-watch.ts` checks again
 * on every save.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { formatProblems } from '../corpus/problems.ts';
import { contentWatchPlugin } from './content-watch.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  hint = 'Fix the problems listed above (file:line:column), then build again. `npm run check` lists them without building.';
}

export default function factcheck(): AstroIntegration {
  return {
    name: 'factcheck-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        if (command === 'dev') updateConfig({ vite: { plugins: [contentWatchPlugin({ root, logger })] } });
        const { problems, ok } = await loadCorpus(root);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (!ok && command === 'build') throw new ContentError(`Content check failed:\n${report}`);
        if (ok) logger.warn(report);
        else logger.error(report);
      },
    },
  };
}
