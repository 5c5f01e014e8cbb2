/** The site's one input, as the `factcheck` integration hands it to the pages (src/integration/site-data.ts). */
import type { Corpus } from '../corpus/model.ts';

/** What the site is built from: the checked corpus, explanations rendered, and each source's research notes. */
export interface SiteData {
  readonly corpus: Corpus;
  /** Research notes as HTML, by source slug, for the sources whose folder has a `research-notes.md`. */
  readonly researchNotes: Readonly<Record<string, string>>;
}
