import { idPattern } from '../schemas/common.ts';
import { baseId } from './files.ts';
import { createProblem, type Problem } from './problems.ts';

/** Ids are file names: each must be well formed and unique across all folders. */
export function checkIds(files: readonly string[], what: 'claim' | 'citation' | 'person'): Problem[] {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  const start = { line: 1, column: 1 };
  // Names in use, whatever their case: following a hint must never overwrite a file (on a case-insensitive disk
  // `Ice-x.yaml` renamed to `ice-x.yaml` replaces the other).
  const taken = new Set(files.map((file) => baseId(file).toLowerCase()));
  for (const file of files) {
    const id = baseId(file);
    if (!idPattern.test(id)) {
      problems.push(
        createProblem(
          `invalid-${what}-id` as const,
          file,
          start,
          `Unexpected ${what} id "${id}", expected lower-case words joined by hyphens`,
          { hint: renameHint(id, taken) },
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

/** Lower-case words joined by hyphens, letters with accents written without them ("ünïcode" -> "unicode"). */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `id`, or `id-2`, `id-3` … : the first that no file has (`taken` holds lower-case ids). */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  return free;
}

/** A name to rename to that no file has, or a request to pick one where none can be made from the name. */
function renameHint(id: string, taken: ReadonlySet<string>): string {
  const base = idFromName(id);
  if (base === '') return 'Rename the file to a name of lower-case words joined by hyphens that says what it holds.';
  const suggestion = freeId(base, taken);
  const note = suggestion === base ? '' : ` ("${base}" is taken)`;
  return `Rename the file, e.g. to "${suggestion}"${note}.`;
}
