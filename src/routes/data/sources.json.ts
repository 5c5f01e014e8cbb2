import { getSiteModel } from '../../site/current-model.ts';
import { sourcesExport } from '../../site/exports.ts';

export async function GET() {
  return new Response(`${JSON.stringify(sourcesExport(getSiteModel()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
