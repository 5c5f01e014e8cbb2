/**
 * The verdict scale: the one definition that schemas, the checker, badges, the methodology page,
 * filters, exports, ratings, share cards, CSS and the extension read. A site brings its own (3 to 10
 * verdicts and its flags) or takes `DEFAULT_SCALE`. Nothing outside this folder picks a scale: the
 * site reads the one in use through `activeScale()` (src/site/active-scale.ts), and the checker,
 * schemas and domain functions take it as a parameter.
 */
import { DEFAULT_FLAGS, type Flag, type FlagDefinition } from './flags.ts';
import { scaleProblems, type ScaleDefinitions } from './scale-problems.ts';
import { DEFAULT_VERDICTS, type Verdict, type VerdictDefinition } from './verdicts.ts';

export type { Flag, FlagDefinition, ScaleDefinitions, Verdict, VerdictDefinition };
export { BADGE_BACKGROUNDS, MIN_CONTRAST, RATING_SCALE, scaleProblems, VERDICT_COUNT } from './scale-problems.ts';

export interface VerdictScale {
  /** In the order the site lists them (the methodology page, filters, counts). */
  readonly verdicts: readonly Verdict[];
  readonly flags: readonly Flag[];
  /** The verdicts' ids in scale order (a schema's enum); never empty. */
  readonly verdictIds: readonly [string, ...string[]];
  readonly flagIds: readonly string[];
  /** The verdict with this id; an id outside the scale throws (content is checked against the scale first). */
  verdict(id: string): Verdict;
  /** The flag with this id; an id outside the scale throws. */
  flag(id: string): Flag;
  /** Whether a verdict of the scale has this id. */
  has(id: string): boolean;
  hasFlag(id: string): boolean;
  /** The id of the verdict an editor probably meant by a word from another scale ("True", "half-true"). */
  aliasOf(word: string): string | undefined;
}

/** Every problem of a scale's definitions, one per line of the message. */
export class ScaleError extends Error {
  // Assigned in the constructor, not a parameter property: Node runs this file with its types stripped.
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid verdict scale:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ScaleError';
    this.problems = problems;
  }
}

/** Checks the definitions (`scaleProblems`, all at once) and answers lookups by id; throws a `ScaleError`. */
export function createVerdictScale(definitions: ScaleDefinitions): VerdictScale {
  const problems = scaleProblems(definitions);
  if (problems.length > 0) throw new ScaleError(problems);
  return lookups(definitions);
}

/** The scale's lookups by id, over definitions already checked. */
function lookups(definitions: ScaleDefinitions): VerdictScale {
  const verdicts = new Map(definitions.verdicts.map((verdict) => [verdict.id, verdict]));
  const flags = new Map(definitions.flags.map((flag) => [flag.id, flag]));
  const aliases = new Map(
    definitions.verdicts.flatMap((verdict) =>
      (verdict.aliases ?? []).map((alias) => [alias.toLowerCase(), verdict.id]),
    ),
  );
  const find = <T>(map: ReadonlyMap<string, T>, kind: string, id: string): T => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`Unknown ${kind} "${id}": expected one of ${[...map.keys()].join(', ')}`);
    return found;
  };
  return {
    verdicts: definitions.verdicts,
    flags: definitions.flags,
    verdictIds: [...verdicts.keys()] as [string, ...string[]],
    flagIds: [...flags.keys()],
    verdict: (id) => find(verdicts, 'verdict', id),
    flag: (id) => find(flags, 'flag', id),
    has: (id) => verdicts.has(id),
    hasFlag: (id) => flags.has(id),
    aliasOf: (word) => aliases.get(word.toLowerCase()),
  };
}

/**
 * This site's own scale (verdicts.ts, flags.ts): what a site gets when its options name no scale. Checked by
 * tests/domain/verdicts.test.ts rather than when it loads: the search page's script bundles it, and the checks
 * were a third of that script (1.5 of 6.3 kB gzipped).
 */
export const DEFAULT_SCALE: VerdictScale = /* @__PURE__ */ lookups({
  verdicts: DEFAULT_VERDICTS,
  flags: DEFAULT_FLAGS,
});

/** Claims per verdict, every verdict of the scale present (zero when unused), in scale order. */
export function countByVerdict(verdictIds: Iterable<string>, scale: VerdictScale): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(scale.verdictIds.map((id) => [id, 0]));
  for (const id of verdictIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
