import { citationSchema } from '../schemas/citation.ts';
import { baseId, listFiles, readText } from './files.ts';
import type { Citation } from './model.ts';
import type { Problem } from './problems.ts';
import { checkIds } from './check-ids.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml } from './yaml-document.ts';

export const CITATIONS_DIR = 'content/citations';

/** Reads `content/citations/**\/<id>.yaml`: one cited document per file, its id the file name. */
export async function loadCitations(root: string, dir = CITATIONS_DIR): Promise<{ citations: Citation[]; problems: Problem[] }> {
  const files = await listFiles(root, dir, /\.ya?ml$/);
  const problems: Problem[] = checkIds(files, 'citation');
  const citations: Citation[] = [];
  for (const file of files) {
    const yaml = parseYaml(await readText(root, file));
    const result = validateFields(citationSchema, yaml, file, 'citation');
    problems.push(...result.problems);
    if (result.data) citations.push({ id: baseId(file), file, data: result.data });
  }
  return { citations, problems };
}
