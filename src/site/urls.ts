/**
 * Page paths (src/domain/site-paths.ts); `href` adds the site's base path, `absoluteUrl` its address, both
 * from the options the `factcheck` integration hands to the pages (`virtual:factcheck/config`).
 */
import config from 'virtual:factcheck/config';
import { siteUrls } from './site-identity.ts';

export { paths } from '../domain/site-paths.ts';

export const { href, absoluteUrl } = siteUrls(config);
