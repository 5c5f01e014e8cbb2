/**
 * The previous build's `/data/claims.json` (a path or URL from `--previous` or `FACTCHECK_PREVIOUS_CLAIMS`),
 * against which the rules `silent-verdict-change` and `missing-previous-verdict` compare each verdict. A snapshot
 * that cannot be read is `previous-claims-unreadable`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from './problems.ts';
import type { PreviousClaim } from './rules/rule.ts';

export type { PreviousClaim } from './rules/rule.ts';

/** How long a snapshot URL may take before the check gives up and says so. */
export const PREVIOUS_TIMEOUT_MS = 15_000;

const isUrl = (spec: string) => /^https?:\/\//i.test(spec);

/** Reads a snapshot: a file (relative to `root`) or an http(s) URL, fetched with a timeout. */
export async function readPreviousClaims(
  root: string,
  spec: string,
  timeoutMs = PREVIOUS_TIMEOUT_MS,
): Promise<{ claims?: Map<string, PreviousClaim>; problems: Problem[] }> {
  const fail = (why: string) => {
    const reason = `Unexpected previous claims "${spec}": ${why}, expected the JSON array of /data/claims.json`;
    return { problems: [createProblem('previous-claims-unreadable', spec, { line: 1, column: 1 }, reason)] };
  };
  let text: string;
  try {
    if (isUrl(spec)) {
      const response = await fetch(spec, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) return fail(`HTTP ${response.status}`);
      text = await response.text();
    } else {
      text = await readFile(path.resolve(root, spec), 'utf8');
    }
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError') return fail(`no answer within ${timeoutMs / 1000} s`);
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : (error as Error).message);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not JSON');
  }
  const valid = (entry: unknown): entry is PreviousClaim =>
    typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as PreviousClaim).id === 'string' &&
    typeof (entry as PreviousClaim).verdict === 'string';
  if (!Array.isArray(data) || !data.every(valid)) return fail('not a list of claims with id and verdict');
  return { claims: new Map(data.map((entry) => [entry.id, entry])), problems: [] };
}
