/** `astro dev` only: the share card of pages without their own (a build draws it in build.ts). */
import { cardCacheDir } from '../cache.ts';
import { renderCard } from '../render.ts';
import { siteCardTree } from '../tree.ts';
import { devCardOptions } from './routes.ts';

export async function GET() {
  const { cacheDir, site } = devCardOptions();
  const png = await renderCard(siteCardTree(site), cardCacheDir(cacheDir));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
