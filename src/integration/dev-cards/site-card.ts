/** `astro dev` only: the share card of pages without their own (a build draws it in share-cards.ts). */
import config from 'virtual:factcheck/config';
import project from 'virtual:factcheck/project-context';
import { cardCacheDir } from '../../site/card-cache.ts';
import { renderCard } from '../../site/card-render.ts';
import { siteCardTree } from '../../site/share-card.ts';

export async function GET() {
  const png = await renderCard(siteCardTree(config), cardCacheDir(project.cacheDir));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
