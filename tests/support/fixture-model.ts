/** The site model of the clean fixture corpus, for unit tests of view models and exports. */
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { buildSiteModel, type ClaimView, type SiteModel } from '../../src/site/site-model.ts';
import { ROOT } from './fixture-case.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/corpus/valid/content';

export async function fixtureModel(): Promise<SiteModel> {
  const { data } = await loadSiteData(ROOT, contentDirs(FIXTURE_CONTENT));
  return buildSiteModel(data);
}

export function claimOf(model: SiteModel, id: string): ClaimView {
  const view = model.claims.get(id);
  if (!view) throw new Error(`No claim ${id} in the fixture corpus`);
  return view;
}
