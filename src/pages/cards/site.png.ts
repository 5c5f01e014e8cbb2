import { renderCard, siteCardTree } from '../../site/share-card.ts';

export async function GET() {
  return new Response(await renderCard(siteCardTree()), { headers: { 'Content-Type': 'image/png' } });
}
