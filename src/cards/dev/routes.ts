/**
 * `astro dev` draws each card when it is asked for, at the address a build writes it to: two endpoints the
 * integration injects. Their options (cache folder, site) are handed over through a process-wide global, as the
 * site data is (src/integration/site-data-module.ts): the dev server renders endpoints in this process.
 */
import { paths } from '../../domain/site-paths.ts';
import type { CardOptions } from '../options.ts';

const HANDOVER_KEY = Symbol.for('factcheck:card-options');
const handover = globalThis as unknown as Record<symbol, CardOptions | undefined>;

/** The routes to inject in `astro dev`, drawing with `options`. */
export function devCardRoutes(options: CardOptions): { pattern: string; entrypoint: URL }[] {
  handover[HANDOVER_KEY] = options;
  return [
    { pattern: paths.claimCard('[id]'), entrypoint: new URL('./claim-card.ts', import.meta.url) },
    { pattern: paths.siteCard(), entrypoint: new URL('./site-card.ts', import.meta.url) },
  ];
}

/** What `devCardRoutes` was given (read by the endpoints). */
export function devCardOptions(): CardOptions {
  const options = handover[HANDOVER_KEY];
  if (!options) throw new Error('The card endpoints are injected by the factcheck integration (devCardRoutes)');
  return options;
}
