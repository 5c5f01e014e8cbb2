/** `astro dev` only: each claim's share card, drawn on request (a build draws them in share-cards.ts). */
import type { GetStaticPaths } from 'astro';
import { renderCard } from '../render.ts';
import { getSiteModel } from '../../site/current-model.ts';
import { type ClaimView } from '../../site/site-model.ts';
import { cardTree } from '../tree.ts';

export const getStaticPaths = (async () => {
  const model = getSiteModel();
  return [...model.claims.values()].map((view) => ({ params: { id: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { view: ClaimView } }) {
  return new Response(await renderCard(cardTree(props.view)), { headers: { 'Content-Type': 'image/png' } });
}
