import { getSiteModel } from '../../site/corpus.ts';
import { sourcesExport } from '../../site/exports.ts';

export async function GET() {
  return new Response(`${JSON.stringify(sourcesExport(await getSiteModel()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
