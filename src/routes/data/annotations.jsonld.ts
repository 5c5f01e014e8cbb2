import config from 'virtual:factcheck/config';
import { getSiteModel } from '../../site/current-model.ts';
import { allAnnotations } from '../../site/web-annotations.ts';
import { jsonLdResponse } from '../../site/responses.ts';

export async function GET() {
  return jsonLdResponse(allAnnotations(getSiteModel().sources, config));
}
