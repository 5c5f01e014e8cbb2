/** Ids are file names: each must be well formed (`invalid-*-id`) and unique across all folders (`duplicate-*-id`). */
import { idPattern } from '../../schemas/common.ts';
import { baseId } from '../files.ts';
import { freeId, idFromName } from '../ids.ts';
import type { Check, FileNames } from './rule.ts';

type What = FileNames['what'];

const START = { line: 1, column: 1 };

/** Reports each file of kind `kind` whose name is not an id, with a name to rename it to. */
export const invalidIds =
  (kind: What): Check<FileNames> =>
  ({ what, files }, report) => {
    if (what !== kind) return;
    // Names in use, whatever their case: following a hint must never overwrite a file (on a case-insensitive disk
    // `Ice-x.yaml` renamed to `ice-x.yaml` replaces the other).
    const taken = new Set(files.map((file) => baseId(file).toLowerCase()));
    for (const file of files) {
      const id = baseId(file);
      if (idPattern.test(id)) continue;
      const reason = `Unexpected ${what} id "${id}", expected lower-case words joined by hyphens`;
      report(file, START, reason, { hint: renameHint(id, taken) });
    }
  };

/** Reports each file of kind `kind` whose id an earlier file has, pointing at that file. */
export const duplicateIds =
  (kind: What): Check<FileNames> =>
  ({ what, files }, report) => {
    if (what !== kind) return;
    const firstFile = new Map<string, string>();
    for (const file of files) {
      const id = baseId(file);
      const earlier = firstFile.get(id);
      if (!earlier) {
        firstFile.set(id, file);
        continue;
      }
      const reason =
        `Unexpected duplicate ${what} id "${id}", ` + `expected a name no other file has (also used by ${earlier})`;
      report(file, START, reason, { cause: { file: earlier, place: START, reason: `First ${what} with id "${id}"` } });
    }
  };

/** A name to rename to that no file has, or a request to pick one where none can be made from the name. */
function renameHint(id: string, taken: ReadonlySet<string>): string {
  const base = idFromName(id);
  if (base === '') return 'Rename the file to a name of lower-case words joined by hyphens that says what it holds.';
  const suggestion = freeId(base, taken);
  const note = suggestion === base ? '' : ` ("${base}" is taken)`;
  return `Rename the file, e.g. to "${suggestion}"${note}.`;
}
