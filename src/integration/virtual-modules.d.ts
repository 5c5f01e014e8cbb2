/** The checked content, served by the `factcheck` integration (src/integration/site-data-module.ts). */
declare module 'virtual:factcheck/site-data' {
  const siteData: import('./site-model.ts').SiteData;
  export default siteData;
}
