import { getSiteModel } from '../../site/corpus.ts';
import { allAnnotations } from '../../site/web-annotations.ts';
import { jsonLdResponse } from '../../site/responses.ts';

export async function GET() {
  return jsonLdResponse(allAnnotations((await getSiteModel()).sources));
}
