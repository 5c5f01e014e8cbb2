import { getSiteModel } from '../../site/current-model.ts';
import { bibliography } from '../../site/csl.ts';

export async function GET() {
  const { corpus } = getSiteModel();
  const items = bibliography(corpus.citations, corpus.linkStatus);
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
}
