import { getSiteModel } from '../../site/corpus.ts';
import { claimsExport } from '../../site/exports.ts';

export async function GET() {
  return new Response(`${JSON.stringify(claimsExport(await getSiteModel()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
