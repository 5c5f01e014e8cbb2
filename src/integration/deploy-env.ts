/**
 * The environment variables a deploy may set, read in this one module (README "Deploy"): they override the
 * options in astro.config.mjs for one build, so a workflow can publish the same site at another address. The
 * build and the tools (load-site-config.ts) read them through `factcheck()`, so both see the same values.
 * A variable that is set but empty counts as unset (a CI variable that is defined but empty), except
 * `FACTCHECK_CONTENT`, whose empty value is reported (an unset variable in a workflow is a mistake).
 */
import type { FactcheckOptions } from './options.ts';

/** Which variable overrides which option, for the overrides and for messages about their values. */
export const OPTION_VARIABLES = {
  url: 'SITE_URL',
  base: 'BASE_PATH',
  'corrections.url': 'CORRECTIONS_URL',
  'corrections.email': 'CORRECTIONS_EMAIL',
  'suggestions.url': 'SUGGEST_URL',
  'suggestions.email': 'SUGGEST_EMAIL',
  content: 'FACTCHECK_CONTENT',
} as const;

export interface DeployEnvironment {
  /** Option values set by variables, by option path (`corrections.url`). */
  readonly overrides: Readonly<Partial<Record<keyof typeof OPTION_VARIABLES, string>>>;
  /** The last published `/data/claims.json` (`FACTCHECK_PREVIOUS_CLAIMS`): verdicts are compared with it. */
  readonly previousClaims: string | undefined;
  /** False with `FACTCHECK_SEARCH_INDEX=off`: builds that never search (tests) skip the index. */
  readonly searchIndex: boolean;
  /** `SOURCE_DATE_EPOCH` (seconds): fixes the extension's bundled date for reproducible builds. */
  readonly sourceDateEpoch: string | undefined;
}

export function readDeployEnvironment(env: NodeJS.ProcessEnv = process.env): DeployEnvironment {
  const overrides: Partial<Record<keyof typeof OPTION_VARIABLES, string>> = {};
  for (const [option, variable] of Object.entries(OPTION_VARIABLES) as [keyof typeof OPTION_VARIABLES, string][]) {
    const value = env[variable];
    if (value || (option === 'content' && value !== undefined)) overrides[option] = value;
  }
  return {
    overrides,
    previousClaims: env['FACTCHECK_PREVIOUS_CLAIMS'] || undefined,
    searchIndex: env['FACTCHECK_SEARCH_INDEX'] !== 'off',
    sourceDateEpoch: env['SOURCE_DATE_EPOCH'] || undefined,
  };
}

/** The options with the variables' values in place (all but `content`, which is checked as a folder). */
export function withOverrides(options: FactcheckOptions, environment: DeployEnvironment): FactcheckOptions {
  const { url, base, ...routes } = environment.overrides;
  const route = (
    given: { url?: string | undefined; email?: string | undefined } | undefined,
    kind: 'corrections' | 'suggestions',
  ) => {
    const url = routes[`${kind}.url`];
    const email = routes[`${kind}.email`];
    return { ...given, ...(url ? { url } : {}), ...(email ? { email } : {}) };
  };
  return {
    ...options,
    ...(url ? { url } : {}),
    ...(base ? { base } : {}),
    corrections: route(options.corrections, 'corrections'),
    suggestions: route(options.suggestions, 'suggestions'),
  };
}
