/**
 * From what a site passes to `factcheck()` to what the build and the tools use: the deploy-time overrides
 * applied (deploy-env.ts), the options validated (options.ts) and completed, and the content folder. Invalid
 * options stop with every problem at once, one line each, naming the option (and the variable that set it).
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/error-map.ts
 */
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { contentDirs, type ContentDirs } from '../corpus/content-dirs.ts';
import { OPTION_VARIABLES, readDeployEnvironment, withOverrides, type DeployEnvironment } from './deploy-env.ts';
import {
  completeOptions,
  FactcheckOptionsSchema,
  innerSchema,
  type FactcheckConfig,
  type FactcheckOptions,
} from './options.ts';

/** Everything a build or a tool takes from the site's options. */
export interface ResolvedSite {
  readonly config: FactcheckConfig;
  readonly environment: DeployEnvironment;
  /** `config.content`'s folders; messages about it name `FACTCHECK_CONTENT` when that set it. */
  readonly dirs: ContentDirs;
}

const HINT =
  'See README "Options" for every option of factcheck() in astro.config.mjs, and "Deploy" for the variables.';

export class FactcheckOptionsError extends AstroError {
  /** One line per problem, each naming its option. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid factcheck() options in astro.config.mjs:\n${problems.map((line) => `  ${line}`).join('\n')}`, HINT);
    this.name = 'FactcheckOptionsError';
    this.problems = problems;
  }
}

export function resolveSite(
  options: FactcheckOptions,
  environment: DeployEnvironment = readDeployEnvironment(),
): ResolvedSite {
  const input = withOverrides(options, environment);
  const parsed = FactcheckOptionsSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    throw new FactcheckOptionsError(parsed.error.issues.map((issue) => describe(issue, environment)));
  const content = environment.overrides.content;
  const config = { ...completeOptions(parsed.data), ...(content === undefined ? {} : { content }) };
  const origin = content === undefined ? undefined : { variable: OPTION_VARIABLES.content, value: content };
  return { config, environment, dirs: contentDirs(config.content, origin) };
}

/** `verdicts[2].color.light`: the option as a site writes it. */
function optionPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** One line: the option, what is wrong, and where the value came from when a variable set it. */
function describe(issue: z.core.$ZodIssue, environment: DeployEnvironment): string {
  const option = optionPath(issue.path);
  const variable = OPTION_VARIABLES[option as keyof typeof OPTION_VARIABLES];
  const from = variable && environment.overrides[option as keyof typeof OPTION_VARIABLES] ? ` (from ${variable})` : '';
  return `${option || 'factcheck()'}${from}: ${reason(issue)}`;
}

function reason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `Unexpected option "${key}"${proposal(key, known(issue.path))}`).join('; ');
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `Missing, expected ${issue.expected}`;
  return issue.message;
}

/** The option names valid where `path` points: the top level, or one of the nested objects. */
function known(path: readonly PropertyKey[]): string[] {
  let shape: z.ZodType = FactcheckOptionsSchema;
  for (const key of path) {
    const inner = innerSchema(shape);
    if (typeof key === 'number' && 'element' in inner) shape = inner.element as z.ZodType;
    else if ('shape' in inner) shape = (inner.shape as Record<string, z.ZodType>)[String(key)]!;
  }
  const inner = innerSchema(shape);
  return 'shape' in inner ? Object.keys(inner.shape as object) : [];
}

/** "Did you mean `x`?" when a known name is within two edits of the one written. */
function proposal(key: string, names: readonly string[]): string {
  if (names.length === 0) return '';
  const near = closest(key, names as string[]);
  return distance(key, near) <= 2 ? `, did you mean "${near}"?` : '';
}
