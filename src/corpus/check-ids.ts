import type { Problem } from './problem.ts';
import { FILE_NAME_RULES } from './rules.ts';
import type { FileNames } from './rules/rule.ts';
import { runRules } from './rules/runner.ts';

/** Ids are file names: each well formed and unique across all folders (rules `invalid-*-id`, `duplicate-*-id`). */
export function checkIds(files: readonly string[], what: FileNames['what']): Problem[] {
  return runRules(FILE_NAME_RULES, 'fileNames', { what, files });
}
