/**
 * What is wrong with a verdict scale before any page uses it: each problem as one sentence naming the
 * verdict or flag, so a site's options fail with every mistake listed at once, not the first.
 */
import { contrastRatio, HEX_COLOR } from './contrast.ts';
import type { FlagDefinition } from './flags.ts';
import type { VerdictDefinition } from './verdicts.ts';

/** Between 3 and 10 verdicts: fewer says too little, more no reader keeps apart. */
export const VERDICT_COUNT = { min: 3, max: 10 } as const;

/** The ends of the ClaimReview rating every rated verdict sits on (schema.org `worstRating`, `bestRating`). */
export const RATING_SCALE = { worst: 1, best: 5 } as const;

/**
 * The backgrounds a verdict's colour stands on, per theme: the page (`--bg`) and panels (`--panel`) in
 * src/styles/global.css. A badge's text and border take the verdict's colour on either.
 */
export const BADGE_BACKGROUNDS = { light: ['#ffffff', '#f5f5f2'], dark: ['#121212', '#1e1e1e'] } as const;

/** WCAG 2.2 AA for normal text. @see https://www.w3.org/TR/WCAG22/#contrast-minimum */
export const MIN_CONTRAST = 4.5;

/** Ids are part of addresses and CSS classes: lower-case words joined by hyphens, as content ids are. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ScaleDefinitions {
  readonly verdicts: readonly VerdictDefinition[];
  readonly flags: readonly FlagDefinition[];
}

export function scaleProblems({ verdicts, flags }: ScaleDefinitions): string[] {
  const problems: string[] = [];
  if (verdicts.length < VERDICT_COUNT.min || verdicts.length > VERDICT_COUNT.max) {
    problems.push(`Expected ${VERDICT_COUNT.min} to ${VERDICT_COUNT.max} verdicts, found ${verdicts.length}`);
  }
  problems.push(...entryProblems('verdict', verdicts), ...entryProblems('flag', flags));
  problems.push(
    ...repeated(
      'verdict',
      'icon',
      verdicts.map((verdict) => verdict.icon),
    ),
  );
  for (const verdict of verdicts) problems.push(...colorProblems(verdict), ...ratingProblems(verdict));
  problems.push(...aliasProblems(verdicts));
  return problems;
}

/** What verdicts and flags share: a kebab-case id, a label and a definition, ids and labels each used once. */
function entryProblems(kind: string, entries: readonly (VerdictDefinition | FlagDefinition)[]): string[] {
  const problems: string[] = [];
  for (const [index, entry] of entries.entries()) {
    if (!KEBAB_CASE.test(entry.id)) {
      problems.push(`Unexpected ${kind} id ${JSON.stringify(entry.id)} (${kind} ${index + 1}), expected kebab-case`);
    }
    for (const field of ['label', 'definition'] as const) {
      if (entry[field].trim() === '') problems.push(`Missing ${field} of ${kind} "${entry.id}"`);
    }
  }
  problems.push(
    ...repeated(
      kind,
      'id',
      entries.map((entry) => entry.id),
    ),
  );
  // Labels name verdicts in feeds, the extension and search: two alike would read as one.
  problems.push(
    ...repeated(
      kind,
      'label',
      entries.map((entry) => entry.label.trim().toLowerCase()),
    ),
  );
  return problems;
}

function repeated(kind: string, field: string, values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set(values.filter((value) => seen.has(value) || !seen.add(value)));
  return [...twice].map((value) => `Unexpected ${kind} ${field} ${JSON.stringify(value)} used twice`);
}

function colorProblems(verdict: VerdictDefinition): string[] {
  const problems: string[] = [];
  if (verdict.icon.trim() === '') problems.push(`Missing icon of verdict "${verdict.id}"`);
  for (const theme of ['light', 'dark'] as const) {
    const color = verdict.color[theme];
    if (!HEX_COLOR.test(color)) {
      problems.push(`Unexpected ${theme} colour ${JSON.stringify(color)} of verdict "${verdict.id}", expected #rrggbb`);
      continue;
    }
    for (const background of BADGE_BACKGROUNDS[theme]) {
      const ratio = contrastRatio(color, background);
      if (ratio < MIN_CONTRAST) {
        problems.push(
          `Unexpected ${theme} colour ${color} of verdict "${verdict.id}": ${ratio.toFixed(2)}:1 on ${background}, ` +
            `expected at least ${MIN_CONTRAST}:1`,
        );
      }
    }
  }
  return problems;
}

function ratingProblems(verdict: VerdictDefinition): string[] {
  const { rating } = verdict;
  if (rating === null || (Number.isInteger(rating) && rating >= RATING_SCALE.worst && rating <= RATING_SCALE.best)) {
    return [];
  }
  return [
    `Unexpected rating ${rating} of verdict "${verdict.id}", expected a whole number from ` +
      `${RATING_SCALE.worst} to ${RATING_SCALE.best}, or null for a verdict that is not rated`,
  ];
}

/** An alias proposes one verdict: it is no verdict's id and belongs to one verdict only. */
function aliasProblems(verdicts: readonly VerdictDefinition[]): string[] {
  const ids = new Set(verdicts.map((verdict) => verdict.id));
  const aliases = verdicts.flatMap((verdict) => (verdict.aliases ?? []).map((alias) => alias.toLowerCase()));
  const problems = aliases
    .filter((alias) => ids.has(alias))
    .map((alias) => `Unexpected alias "${alias}": it is the id of a verdict`);
  return [...problems, ...repeated('verdict', 'alias', aliases)];
}
