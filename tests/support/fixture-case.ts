/**
 * Fixture cases: `tests/fixtures/corpus/valid/content` is a clean corpus; each folder of
 * `tests/fixtures/corpus/bad/<case>/` overlays files on it and lists, in `expected.json`,
 * every problem (errors and warnings) it must produce and nothing else. A new case is a new
 * folder, not new code; every rule in `src/corpus/rules.ts` needs at least one case. A case may add
 * `options.json` with the checker's options (`requireReview`, `previous`: a snapshot file in the
 * case's folder, as `--previous` takes it).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/corpus');
const WORK = path.join(ROOT, 'tests/.output/cases');

/** One problem as `expected.json` lists it. */
export interface ExpectedEntry {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  /**
   * The message as `String(problem)` gives it, with the path relative to the case's content
   * folder: `claims/x/bad.mdx:12:3-12:41: Unexpected …`.
   */
  readonly message: string;
  /** The lines printed under the message, where there are any (each occurrence of an ambiguous quote). */
  readonly details?: readonly string[];
}

export interface ExpectedProblem extends ExpectedEntry {
  /** Path relative to the case's content folder. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface FixtureCase {
  readonly name: string;
  /** The case's content folder, relative to the project root (what FACTCHECK_CONTENT takes). */
  readonly content: string;
  readonly expected: readonly ExpectedProblem[];
  /** `loadCorpus` options from the case's `options.json` (`previous` made relative to the project root). */
  readonly options: CaseOptions;
}

export interface CaseOptions {
  readonly requireReview?: boolean;
  readonly previous?: string;
}

function optionsOf(name: string): CaseOptions {
  const folder = path.join(FIXTURES, 'bad', name);
  const file = path.join(folder, 'options.json');
  if (!existsSync(file)) return {};
  const options = JSON.parse(readFileSync(file, 'utf8')) as CaseOptions;
  if (!options.previous) return options;
  const previous = path.relative(ROOT, path.join(folder, options.previous)).split(path.sep).join('/');
  return { ...options, previous };
}

export function badCaseNames(): string[] {
  return readdirSync(path.join(FIXTURES, 'bad')).sort();
}

/** Every case's expected problems, without laying the cases out. */
export function expectedOf(name: string): ExpectedProblem[] {
  const file = path.join(FIXTURES, 'bad', name, 'expected.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as ExpectedEntry[];
  return entries.map((entry) => {
    const match = /^(.+?):(\d+):(\d+)(?:-\d+:\d+)?: /.exec(entry.message);
    if (!match) throw new Error(`${name}/expected.json: "${entry.message}" does not start with file:line:column: `);
    return { ...entry, file: match[1]!, line: Number(match[2]), column: Number(match[3]) };
  });
}

/** Lays out a case (valid corpus + the case's overlay) under tests/.output/cases/<name>/content. */
export function prepareCase(name: string, overlay: string | null): FixtureCase {
  const target = path.join(WORK, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(path.join(FIXTURES, 'valid/content'), path.join(target, 'content'), { recursive: true });
  let expected: ExpectedProblem[] = [];
  let options: CaseOptions = {};
  if (overlay) {
    options = optionsOf(overlay);
    cpSync(path.join(FIXTURES, 'bad', overlay, 'content'), path.join(target, 'content'), { recursive: true });
    makeLinks(path.join(FIXTURES, 'bad', overlay), path.join(target, 'content'));
    expected = expectedOf(overlay);
  }
  return {
    name,
    content: path.relative(ROOT, path.join(target, 'content')).split(path.sep).join('/'),
    expected,
    options,
  };
}

/** The links a case's `symlinks.json` lists, pointing at the case's own files outside the content folder. */
function makeLinks(caseFolder: string, content: string): void {
  const file = path.join(caseFolder, 'symlinks.json');
  if (!existsSync(file)) return;
  const links = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [link, target] of Object.entries(links)) {
    const at = path.join(content, link);
    mkdirSync(path.dirname(at), { recursive: true });
    rmSync(at, { recursive: true, force: true });
    symlinkSync(path.join(caseFolder, target), at);
  }
}
