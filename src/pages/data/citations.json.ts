import { getSiteModel } from '../../site/current-model.ts';
import { bibliography } from '../../site/csl.ts';

export async function GET() {
  const items = bibliography(getSiteModel().corpus.citations);
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
}
