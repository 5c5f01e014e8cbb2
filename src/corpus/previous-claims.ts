/**
 * Silent verdict changes: each published claim's verdict is compared with the previous build's
 * `/data/claims.json` (a path or URL from `--previous` or `FACTCHECK_PREVIOUS_CLAIMS`). A verdict that
 * differs needs a `corrections` entry, dated on or after the snapshot's `updated`, naming the old verdict.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClaimFields } from './check-references.ts';
import { createProblem, type Problem } from './problems.ts';

/** What the check reads of one claim in `/data/claims.json` (the rest of the entry is ignored). */
export interface PreviousClaim {
  readonly id: string;
  readonly verdict: string;
  readonly updated?: string | undefined;
  readonly published?: string | undefined;
}

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

/** Published claims whose verdict changed since the snapshot without a corrections entry saying so. */
export function checkVerdictChanges(
  claims: readonly ClaimFields[],
  previous: ReadonlyMap<string, PreviousClaim>,
  spec: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const { id, file, fields, locate, draft } of claims) {
    const before = previous.get(id);
    const verdict = fields.verdict;
    if (draft || !before || !verdict || before.verdict === verdict || !fields.corrections) continue;
    const since = before.updated ?? before.published ?? '';
    const entries = fields.corrections
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.date >= since && entry.kind !== 'clarification');
    if (entries.some(({ entry }) => entry.previousVerdict === before.verdict)) continue;
    const unnamed = entries.find(({ entry }) => entry.previousVerdict === undefined);
    if (unnamed) {
      const reason =
        `Missing previousVerdict in corrections[${unnamed.index}]: the verdict was "${before.verdict}" in the ` +
        `previous build (${spec}) and is "${verdict}" now, expected "previousVerdict: ${before.verdict}"`;
      const at = locate(['corrections', unnamed.index]);
      problems.push(createProblem('missing-previous-verdict', file, at, reason));
      continue;
    }
    const reason =
      `Unexpected verdict "${verdict}", changed from "${before.verdict}" in the previous build (${spec}) ` +
      `without a corrections entry, expected an entry dated ${since || 'after that build'} or later with ` +
      `"previousVerdict: ${before.verdict}"`;
    problems.push(createProblem('silent-verdict-change', file, locate(['verdict']), reason));
  }
  return problems;
}
