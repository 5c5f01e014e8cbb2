/**
 * The site model of this build, for pages and endpoints. Its one input is the virtual module
 * the `factcheck` integration serves: the corpus it checked before the build started, read
 * once (see src/integration/site-data-module.ts). In `astro dev` the integration replaces that
 * module after every content change, and this module is evaluated again with it.
 */
import siteData from 'virtual:factcheck/site-data';
import { buildSiteModel, type SiteModel } from './site-model.ts';

let model: SiteModel | undefined;

export function getSiteModel(): SiteModel {
  model ??= buildSiteModel(siteData);
  return model;
}
