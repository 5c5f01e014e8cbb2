import type { GetStaticPaths } from 'astro';
import { getSiteModel } from '../../site/current-model.ts';
import { type ClaimView } from '../../site/site-model.ts';
import { cardTree, renderCard } from '../../site/share-card.ts';

export const getStaticPaths = (async () => {
  const model = getSiteModel();
  return [...model.claims.values()].map((view) => ({ params: { id: view.id }, props: { view } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { view: ClaimView } }) {
  return new Response(await renderCard(cardTree(props.view)), { headers: { 'Content-Type': 'image/png' } });
}
