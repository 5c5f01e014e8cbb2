/** `astro dev` only: the share card of pages without their own (a build draws it in share-cards.ts). */
import config from 'virtual:factcheck/config';
import project from 'virtual:factcheck/project-context';
import { useAstroCacheDir } from '../../site/card-cache.ts';
import { renderCard } from '../../site/card-render.ts';
import { siteCardTree } from '../../site/share-card.ts';

// This endpoint runs in Vite's copy of card-cache.ts, which the integration's hand-over does not reach.
useAstroCacheDir(project.cacheDir);

export async function GET() {
  const png = await renderCard(siteCardTree(config));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
