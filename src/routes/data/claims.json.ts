import { getSiteModel } from '../../site/current-model.ts';
import { claimsExport } from '../../site/exports.ts';

export async function GET() {
  return new Response(`${JSON.stringify(claimsExport(getSiteModel()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
