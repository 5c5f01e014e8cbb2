/**
 * Fixture cases: `tests/fixtures/corpus/valid/content` is a clean corpus; each folder of
 * `tests/fixtures/corpus/bad/<case>/` overlays files on it and lists the problems it must
 * produce in `expected.json`. A new case is a new folder, not new code.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/corpus');
const WORK = path.join(ROOT, 'tests/.output/cases');

export interface ExpectedProblem {
  /** Path relative to the case's content folder. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly contains: string;
}

export interface FixtureCase {
  readonly name: string;
  /** The case's content folder, relative to the project root (what FACTCHECK_CONTENT takes). */
  readonly content: string;
  readonly expected: readonly ExpectedProblem[];
}

export function badCaseNames(): string[] {
  return readdirSync(path.join(FIXTURES, 'bad')).sort();
}

/** Lays out a case (valid corpus + the case's overlay) under tests/.output/cases/<name>/content. */
export function prepareCase(name: string, overlay: string | null): FixtureCase {
  const target = path.join(WORK, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(path.join(FIXTURES, 'valid/content'), path.join(target, 'content'), { recursive: true });
  let expected: ExpectedProblem[] = [];
  if (overlay) {
    cpSync(path.join(FIXTURES, 'bad', overlay, 'content'), path.join(target, 'content'), { recursive: true });
    expected = JSON.parse(readFileSync(path.join(FIXTURES, 'bad', overlay, 'expected.json'), 'utf8')) as ExpectedProblem[];
  }
  return { name, content: path.relative(ROOT, path.join(target, 'content')).split(path.sep).join('/'), expected };
}
