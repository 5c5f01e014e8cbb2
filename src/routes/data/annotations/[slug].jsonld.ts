import type { GetStaticPaths } from 'astro';
import config from 'virtual:factcheck/config';
import { getSiteModel } from '../../../site/current-model.ts';
import { type SourceView } from '../../../site/site-model.ts';
import { jsonLdResponse } from '../../../site/responses.ts';
import { sourceAnnotations } from '../../../site/web-annotations.ts';

export const getStaticPaths = (async () => {
  const model = getSiteModel();
  return model.sources.map((view) => ({ params: { slug: view.source.slug }, props: { view } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { view: SourceView } }) {
  return jsonLdResponse(sourceAnnotations(props.view, config));
}
