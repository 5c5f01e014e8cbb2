import { getSiteModel } from '../../site/current-model.ts';
import { peopleExport } from '../../site/exports.ts';

export async function GET() {
  return new Response(`${JSON.stringify(peopleExport(getSiteModel()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
