import { idPattern } from '../schemas/common.ts';
import { baseId } from './files.ts';
import { createProblem, type Problem } from './problems.ts';

/** Ids are file names: each must be well formed and unique across all folders. */
export function checkIds(files: readonly string[], what: 'claim' | 'citation' | 'person'): Problem[] {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  const start = { line: 1, column: 1 };
  for (const file of files) {
    const id = baseId(file);
    if (!idPattern.test(id)) {
      const suggestion = id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push(
        createProblem(
          `invalid-${what}-id` as const,
          file,
          start,
          `Unexpected ${what} id "${id}", expected lower-case words joined by hyphens`,
          { hint: `Rename the file, e.g. to "${suggestion}".` },
        ),
      );
    }
    const earlier = firstFile.get(id);
    if (earlier) {
      problems.push(
        createProblem(
          `duplicate-${what}-id` as const,
          file,
          start,
          `Unexpected duplicate ${what} id "${id}", expected a name no other file has (also used by ${earlier})`,
          { cause: { file: earlier, place: start, reason: `First ${what} with id "${id}"` } },
        ),
      );
    } else firstFile.set(id, file);
  }
  return problems;
}
