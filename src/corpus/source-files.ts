/** The files of a source folder, `content/sources/<slug>/`. */
export const ARTICLE_FILE = 'article.txt';
export const PROVENANCE_FILE = 'source.yaml';
export const RESEARCH_NOTES_FILE = 'research-notes.md';
export const VERIFICATION_FILE = 'verification.json';
