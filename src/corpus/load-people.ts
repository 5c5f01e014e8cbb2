import { personSchema } from '../schemas/person.ts';
import { checkIds } from './check-ids.ts';
import { baseId, listFiles, readText } from './files.ts';
import type { Person } from './model.ts';
import type { Problem } from './problems.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml } from './yaml-document.ts';

/** Reads `content/people/<id>.yaml`: one person or team per file, its id the file name. */
export async function loadPeople(
  root: string,
  dir: string,
): Promise<{ people: Person[]; problems: Problem[]; ids: Set<string> }> {
  const files = await listFiles(root, dir, /\.ya?ml$/);
  const problems: Problem[] = checkIds(files, 'person');
  const people: Person[] = [];
  for (const file of files) {
    const yaml = parseYaml(await readText(root, file));
    const result = validateFields(personSchema, yaml, file, 'person');
    problems.push(...result.problems);
    if (result.data) people.push({ id: baseId(file), file, data: result.data });
  }
  return { people, problems, ids: new Set(files.map(baseId)) };
}
