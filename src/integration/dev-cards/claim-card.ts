/** `astro dev` only: each claim's share card, drawn on request (a build draws them in share-cards.ts). */
import type { GetStaticPaths } from 'astro';
import config from 'virtual:factcheck/config';
import project from 'virtual:factcheck/project-context';
import { useAstroCacheDir } from '../../site/card-cache.ts';
import { renderCard } from '../../site/card-render.ts';
import { getSiteModel } from '../../site/current-model.ts';
import { type ClaimView } from '../../site/site-model.ts';
import { cardTree } from '../../site/share-card.ts';

// This endpoint runs in Vite's copy of card-cache.ts, which the integration's hand-over does not reach.
useAstroCacheDir(project.cacheDir);

export const getStaticPaths = (async () => {
  const model = getSiteModel();
  return [...model.claims.values()].map((view) => ({ params: { id: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { view: ClaimView } }) {
  const png = await renderCard(cardTree(props.view, config));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
