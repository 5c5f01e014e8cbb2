/** The site model of the corrections fixture (tests/fixtures/corrections): people, bylines and corrections. */
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/site-model.ts';
import { ROOT } from './fixture-case.ts';

export const CORRECTIONS_CONTENT = 'tests/fixtures/corrections/content';

export async function correctionsModel(): Promise<SiteModel> {
  const { data, ok, problems } = await loadSiteData(ROOT, contentDirs(CORRECTIONS_CONTENT));
  if (!ok) throw new Error(`The corrections fixture has problems:\n${problems.map(String).join('\n')}`);
  return buildSiteModel(data);
}
