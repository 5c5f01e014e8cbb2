/** `astro dev` only: each claim's share card, drawn on request (a build draws them in build.ts). */
import type { GetStaticPaths } from 'astro';
import { cardCacheDir } from '../cache.ts';
import { renderCard } from '../render.ts';
import { getSiteModel } from '../../site/current-model.ts';
import { type ClaimView } from '../../site/site-model.ts';
import { cardTree, claimCardInput } from '../tree.ts';
import { devCardOptions } from './routes.ts';

export const getStaticPaths = (async () => {
  const model = getSiteModel();
  return [...model.claims.values()].map((view) => ({ params: { id: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { view: ClaimView } }) {
  const { cacheDir, site } = devCardOptions();
  const png = await renderCard(cardTree(claimCardInput(props.view), site), cardCacheDir(cacheDir));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
