import { baseId, listFiles, readText } from './files.ts';
import { parseYaml, splitFrontmatter, type Frontmatter, type YamlSource } from './yaml-document.ts';

export const CLAIM_FILE = /\.mdx?$/;

export interface ClaimFile {
  /** The file name without extension: the claim's id. */
  readonly id: string;
  /** Relative to the project root. */
  readonly file: string;
  /** The whole file, for change detection (without a leading byte-order mark). */
  readonly text: string;
  /** Absent when the file has no `---` fences. */
  readonly frontmatter: Frontmatter | undefined;
  /** The frontmatter parsed, with positions in the file (it starts on line 2). */
  readonly yaml: YamlSource | undefined;
}

/**
 * Some Windows editors start a UTF-8 file with a byte-order mark (U+FEFF), which no one sees: the
 * file is read as it looks, so `---` is still its first line. The mark is not a line, so every
 * position after it stays right (only columns on line 1, the opening `---`, would shift).
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Every claim file split into frontmatter and body: the one reader of claim files, called by the
 * checker (`load-claims.ts`, which validates, anchors and, for the build, renders explanations).
 */
export async function readClaimFiles(root: string, dir: string): Promise<ClaimFile[]> {
  const files = await listFiles(root, dir, CLAIM_FILE);
  return Promise.all(
    files.map(async (file) => {
      const text = stripByteOrderMark(await readText(root, file));
      const frontmatter = splitFrontmatter(text);
      const yaml = frontmatter ? parseYaml(frontmatter.yaml, 1) : undefined;
      return { id: baseId(file), file, text, frontmatter, yaml };
    }),
  );
}
