import { baseId, listFiles, readText } from './files.ts';
import { parseYaml, splitFrontmatter } from './yaml-document.ts';

export const CLAIM_FILE = /\.mdx?$/;

export interface ClaimFile {
  /** The file name without extension: the claim's id. */
  readonly id: string;
  /** Relative to the project root. */
  readonly file: string;
  /** The whole file, for change detection. */
  readonly text: string;
  /** Frontmatter as parsed YAML; the checker has validated it before the build reads it. */
  readonly data: unknown;
  readonly body: string;
}

/**
 * Claim files as the content collection reads them. Validation and anchoring happen in the
 * checker (`load-claims.ts`), which runs first and stops the build on any problem; this only
 * splits each file into frontmatter and body.
 */
export async function readClaimFiles(root: string, dir: string): Promise<ClaimFile[]> {
  const files = await listFiles(root, dir, CLAIM_FILE);
  return Promise.all(files.map(async (file) => {
    const text = await readText(root, file);
    const frontmatter = splitFrontmatter(text);
    return { id: baseId(file), file, text, data: frontmatter ? parseYaml(frontmatter.yaml).data : undefined, body: frontmatter?.body ?? text };
  }));
}
