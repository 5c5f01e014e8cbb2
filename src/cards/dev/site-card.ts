/** `astro dev` only: the share card of pages without their own (a build draws it in share-cards.ts). */
import { renderCard } from '../render.ts';
import { siteCardTree } from '../tree.ts';

export async function GET() {
  return new Response(await renderCard(siteCardTree()), { headers: { 'Content-Type': 'image/png' } });
}
