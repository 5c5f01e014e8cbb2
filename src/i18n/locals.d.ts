/** What src/i18n/middleware.ts puts in `Astro.locals` for every page and endpoint. */
declare namespace App {
  interface Locals {
    /** The interface's words in the site's language (src/i18n/). */
    t: import('./index.ts').Translate;
  }
}
