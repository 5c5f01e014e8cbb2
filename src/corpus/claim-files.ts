import { baseId, listFiles, readText } from './files.ts';
import { parseYaml, splitFrontmatter, type Frontmatter, type YamlSource } from './yaml-document.ts';

export const CLAIM_FILE = /\.mdx?$/;

export interface ClaimFile {
  /** The file name without extension: the claim's id. */
  readonly id: string;
  /** Relative to the project root. */
  readonly file: string;
  /** The whole file, for change detection. */
  readonly text: string;
  /** Absent when the file has no `---` fences. */
  readonly frontmatter: Frontmatter | undefined;
  /** The frontmatter parsed, with positions in the file (it starts on line 2). */
  readonly yaml: YamlSource | undefined;
}

/**
 * Every claim file split into frontmatter and body: the one reader of claim files, called by the
 * checker (`load-claims.ts`, which validates and anchors) and by the content collection's loader.
 */
export async function readClaimFiles(root: string, dir: string): Promise<ClaimFile[]> {
  const files = await listFiles(root, dir, CLAIM_FILE);
  return Promise.all(files.map(async (file) => {
    const text = await readText(root, file);
    const frontmatter = splitFrontmatter(text);
    return { id: baseId(file), file, text, frontmatter, yaml: frontmatter ? parseYaml(frontmatter.yaml, 1) : undefined };
  }));
}
