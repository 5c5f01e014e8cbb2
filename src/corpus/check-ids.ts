import { idPattern } from '../schemas/common.ts';
import { baseId } from './files.ts';
import type { Problem } from './problems.ts';

/** Ids are file names: each must be well formed and unique across all folders. */
export function checkIds(files: readonly string[], what: 'claim' | 'citation'): Problem[] {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  for (const file of files) {
    const id = baseId(file);
    if (!idPattern.test(id)) {
      problems.push({
        file, line: 1, column: 1, severity: 'error',
        message: `Unexpected ${what} id "${id}": ids are lower-case words joined by hyphens`,
        hint: `Rename the file, e.g. to "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}".`,
        ruleId: `invalid-${what}-id`,
      });
    }
    const earlier = firstFile.get(id);
    if (earlier) {
      problems.push({
        file, line: 1, column: 1, severity: 'error',
        message: `Duplicate ${what} id "${id}": also used by ${earlier}`,
        hint: `Rename one of the two files; ${what} ids must be unique across all folders.`,
        ruleId: `duplicate-${what}-id`,
      });
    } else firstFile.set(id, file);
  }
  return problems;
}
