/**
 * `npm run check -- --fix`: after a source text was corrected, rewrites the `quote:` value of
 * each claim whose quote no longer occurs but whose closest passage is unambiguous and close
 * (see `annotations/reanchor.ts`). Only the quote's value changes; every other byte of the file,
 * comments and formatting included, stays as it was. Everything else is left for the editor
 * and reported by the normal check that follows.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import { QuoteAnchorer, reanchor } from '../annotations/index.ts';
import { stripByteOrderMark } from '../corpus/claim-files.ts';
import { contentDirs, type ContentDirs } from '../corpus/content-dirs.ts';
import { listFiles, readText } from '../corpus/files.ts';
import { loadSources } from '../corpus/load-sources.ts';
import { splitFrontmatter } from '../corpus/yaml-document.ts';

export interface FixedQuote {
  readonly file: string;
  /** Line and column of the quote's value in the claim file. */
  readonly line: number;
  readonly column: number;
  readonly before: string;
  readonly after: string;
  /** Edit distance between the old quote and the new one (after normalisation). */
  readonly errors: number;
}

export async function fixQuotes(root: string, dirs: ContentDirs = contentDirs()): Promise<FixedQuote[]> {
  const { sources } = await loadSources(root, dirs.sources);
  const anchorers = new Map(
    sources.map((source) => [source.slug, { text: source.text, anchorer: new QuoteAnchorer(source.text) }]),
  );
  const fixed: FixedQuote[] = [];
  for (const file of await listFiles(root, dirs.claims, /\.mdx?$/)) {
    const target = anchorers.get(path.posix.relative(dirs.claims, path.posix.dirname(file)));
    if (!target) continue;
    const saved = await readText(root, file);
    const text = stripByteOrderMark(saved);
    const repaired = repairQuote(text, target.text, target.anchorer);
    if (!repaired) continue;
    // Only the quote changes: a byte-order mark the file was saved with stays.
    await writeFile(path.resolve(root, file), saved.slice(0, saved.length - text.length) + repaired.text, 'utf8');
    fixed.push({ file, ...repaired.fix });
  }
  return fixed;
}

/** The claim file with its quote replaced, or `undefined` when there is nothing (safe) to fix. */
export function repairQuote(
  claimFile: string,
  article: string,
  anchorer = new QuoteAnchorer(article),
): { text: string; fix: Omit<FixedQuote, 'file'> } | undefined {
  const frontmatter = splitFrontmatter(claimFile);
  if (!frontmatter) return undefined;
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter.yaml, { lineCounter });
  if (document.errors.length > 0) return undefined;
  const node = document.get('quote', true);
  const field = (key: string) => {
    const value = document.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const selector = { exact: node.value, prefix: field('prefix'), suffix: field('suffix') };
  const anchored = anchorer.anchor(selector);
  if (anchored.ok || anchored.reason !== 'not-found') return undefined;
  const repair = reanchor(article, selector);
  if (repair.kind !== 'fix') return undefined;

  // The YAML starts after the opening `---` line; node ranges are offsets into the YAML.
  const yamlStart = claimFile.indexOf('\n') + 1;
  const [valueStart, valueEnd] = node.range;
  // A JSON string is a valid YAML double-quoted scalar, and escapes whatever needs escaping.
  const text =
    claimFile.slice(0, yamlStart + valueStart) + JSON.stringify(repair.quote) + claimFile.slice(yamlStart + valueEnd);
  const { line, col } = lineCounter.linePos(valueStart);
  return {
    text,
    fix: { line: line + 1, column: col, before: node.value, after: repair.quote, errors: repair.passage.errors },
  };
}
