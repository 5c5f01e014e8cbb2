/** The site model of the clean fixture corpus, for unit tests of view models and exports. */
import { buildSiteModel, type ClaimView, type SiteModel } from '../../src/site/corpus.ts';
import { ROOT } from './fixture-case.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/corpus/valid/content';

export async function fixtureModel(): Promise<SiteModel> {
  const previous = process.env['FACTCHECK_CONTENT'];
  process.env['FACTCHECK_CONTENT'] = FIXTURE_CONTENT;
  try {
    return await buildSiteModel(ROOT);
  } finally {
    if (previous === undefined) delete process.env['FACTCHECK_CONTENT'];
    else process.env['FACTCHECK_CONTENT'] = previous;
  }
}

export function claimOf(model: SiteModel, id: string): ClaimView {
  const view = model.claims.get(id);
  if (!view) throw new Error(`No claim ${id} in the fixture corpus`);
  return view;
}
