/** The modules the `factcheck` integration serves to pages and components (config-module.ts, site-data-module.ts). */

/** The site's options, validated and resolved: what astro.config.mjs passes to `factcheck()`, with the overrides. */
declare module 'virtual:factcheck/config' {
  const config: import('./options.ts').FactcheckConfig;
  export default config;
}

/** Where Astro keeps its cache (`cacheDir`): share cards drawn in `astro dev` are kept there too. */
declare module 'virtual:factcheck/project-context' {
  const project: { readonly cacheDir: string };
  export default project;
}

/** The checked content, served by the `factcheck` integration (src/integration/site-data-module.ts). */
declare module 'virtual:factcheck/site-data' {
  const siteData: import('../site/site-model.ts').SiteData;
  export default siteData;
}

/** The /methodology/ page's prose: the site's own MDX file (the `methodology` option) or the engine's. */
declare module 'virtual:factcheck/methodology' {
  const Methodology: import('astro').MDXInstance<Record<string, unknown>>['default'];
  export default Methodology;
}
