import { citationSchema } from '../schemas/citation.ts';
import { checkIds } from './check-ids.ts';
import { baseId, listFiles, readText } from './files.ts';
import type { Citation } from './model.ts';
import type { Problem } from './problems.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml } from './yaml-document.ts';

/** Reads `content/citations/**\/<id>.yaml`: one cited document per file, its id the file name. */
export async function loadCitations(
  root: string,
  dir: string,
): Promise<{ citations: Citation[]; problems: Problem[]; ids: Set<string> }> {
  const files = await listFiles(root, dir, /\.ya?ml$/);
  const problems: Problem[] = checkIds(files, 'citation');
  const citations: Citation[] = [];
  for (const file of files) {
    const yaml = parseYaml(await readText(root, file));
    const result = validateFields(citationSchema, yaml, file, 'citation');
    problems.push(...result.problems);
    if (result.data) citations.push({ id: baseId(file), file, data: result.data });
  }
  // Every file's id counts as known, valid or not, so one bad file is not also reported as
  // unknown wherever it is cited.
  return { citations, problems, ids: new Set(files.map(baseId)) };
}
