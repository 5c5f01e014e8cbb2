/**
 * `factcheck(options)`: what a site sets in its astro.config.mjs, one Zod schema with a description per
 * option (README "Options" is generated from them, options-table.ts) and the defaults in the schema.
 * `resolveSite` (resolve-options.ts) applies the deploy-time overrides (deploy-env.ts), validates, and fills in
 * what follows from the options; invalid options stop with one line per problem, each naming its option.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/user-config.ts
 */
import { z } from 'astro/zod';
import { isLanguage, LANGUAGES } from '../i18n/index.ts';
import { correctionTarget } from '../site/correction-request.ts';
import { suggestClaimHref } from '../site/suggest-claim.ts';
import { flagsOption, verdictsOption } from './option-scale.ts';

/** Where `npm run preview` serves the build: the address a build without `url` links to (and warns). */
export const PREVIEW_URL = 'http://localhost:4321';

/** A public address: scheme and host (and port), nothing after; the path belongs in `base`. */
const siteUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^/\\?#]+\/?$/i.test(value) && URL.canParse(value), {
    error: 'Expected the scheme and host only, such as "https://checks.example.org" (a path goes in `base`)',
  });

/** `/`, or a path that Astro's `base` takes: written here with a slash at each end, as Astro stores it. */
const basePath = z
  .string()
  .trim()
  .refine((value) => /^\/?([A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*\/?$/.test(value) && !/(^|\/)\.\.?(\/|$)/.test(value), {
    error: 'Expected a path such as "/" or "/checks/" (letters, digits, "-", "_", "." and "~" between slashes)',
  })
  .transform((value) => `/${value}/`.replace(/\/+/g, '/'));

/** A BCP 47 language tag, written the way `Intl` writes it (`en-us` becomes `en-US`). */
const languageTag = z
  .string()
  .trim()
  .refine((value) => canonicalLanguage(value) !== undefined, {
    error: 'Expected a BCP 47 language tag such as "en", "es" or "pt-BR"',
  })
  .transform((value) => canonicalLanguage(value)!)
  // The interface's words come from a table per language (src/i18n/): only a language with one can be chosen.
  .refine((value) => isLanguage(value), {
    error: `Expected a language the interface has words for: ${LANGUAGES.join(', ')}`,
  });

function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * A route readers' messages take: a page (an http(s) URL) or an e-mail address, the page winning when both are
 * set. `check` is the function the pages build their links with, so what it refuses is refused here, naming the
 * option, before any page is rendered.
 */
function route(
  what: string,
  url: string,
  emailVariable: string,
  check: (settings: { url?: string | undefined; email?: string | undefined }) => unknown,
) {
  return z
    .object({
      url: z.string().trim().min(1).optional().describe(url),
      email: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe(`Used when \`url\` is unset: ${what} go to this address. \`${emailVariable}\` overrides it.`),
    })
    .strict()
    .superRefine((settings, context) => {
      try {
        check(settings);
      } catch (error) {
        // The first line: the second is a hint written for the environment variables.
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        context.addIssue({ code: 'custom', path: [settings.url ? 'url' : 'email'], message });
      }
    })
    .default({});
}

export const FactcheckOptionsSchema = z
  .object({
    name: z.string().trim().min(1).describe("The site's name: page titles, the header, feeds, share cards."),
    description: z
      .string()
      .trim()
      .min(1)
      .describe('One sentence on what the site checks: the home page, meta descriptions, the RSS feed.'),
    url: siteUrl
      .optional()
      .describe(
        'Scheme and host the site is served from, no path. Unset: the local preview address ' +
          `${PREVIEW_URL}, and the build warns. \`SITE_URL\` overrides it.`,
      ),
    base: basePath
      .default('/')
      .describe('The path the site lives under, such as `/checks/`. `BASE_PATH` overrides it.'),
    content: z
      .string()
      .trim()
      .min(1)
      .default('content')
      .describe(
        'The content folder (sources/, claims/, citations/, people/), relative to the project. ' +
          '`FACTCHECK_CONTENT` overrides it.',
      ),
    language: languageTag.default('en').describe('Interface language, a BCP 47 tag such as `en` or `es`.'),
    methodology: z
      .string()
      .trim()
      .regex(/\.mdx$/, 'Expected the path of an .mdx file')
      .optional()
      .describe(
        "The /methodology/ page: an MDX file of the site's own, relative to the project (its prose is the " +
          "site's, in its language; the scales come from the components it imports). Default: the engine's, " +
          'in English.',
      ),
    verdicts: verdictsOption,
    flags: flagsOption,
    requireReview: z
      .boolean()
      .default(true)
      .describe('A published claim must name a reviewer (rule `missing-reviewer`); `false` for a one-person site.'),
    corrections: route(
      'correction requests',
      'Where "Request a correction" goes: an http(s) URL template in which `{id}`, `{url}`, `{quote}` and ' +
        "`{verdict}` are replaced by the claim's. `CORRECTIONS_URL` overrides it.",
      'CORRECTIONS_EMAIL',
      correctionTarget,
    ).describe(
      'Where readers ask for a correction: `{ url, email }` (`CORRECTIONS_URL`, `CORRECTIONS_EMAIL`). ' +
        'With neither, claim pages carry no link and the build warns.',
    ),
    suggestions: route(
      'suggestions',
      'Where "Suggest a claim to check" goes: an http(s) URL, such as an issue form. `SUGGEST_URL` overrides it.',
      'SUGGEST_EMAIL',
      suggestClaimHref,
    ).describe(
      'Where readers suggest a claim to check: `{ url, email }` (`SUGGEST_URL`, `SUGGEST_EMAIL`). ' +
        'Without either, suggestions go to the corrections e-mail address; with none, no page offers the link.',
    ),
    extension: z
      .object({
        name: z.string().trim().min(1).optional().describe("The browser extension's name. Default: the site's name."),
        shortName: z
          .string()
          .trim()
          .min(1)
          .max(12, 'Expected at most 12 characters: browsers cut a longer short name')
          .optional()
          .describe('Its short name, at most 12 characters, where a browser has little room. Default: the name.'),
      })
      .strict()
      .default({})
      .describe('The browser extension built into `dist/extension/`: `{ name, shortName }`.'),
  })
  .strict();

/** What a site passes to `factcheck()`. */
export type FactcheckOptions = z.input<typeof FactcheckOptionsSchema>;

type ParsedOptions = z.output<typeof FactcheckOptionsSchema>;

/** The options as pages, the checker and the tools read them: validated, overridden, defaults filled in. */
export interface FactcheckConfig extends Omit<ParsedOptions, 'url' | 'extension'> {
  /** `url`, or the local preview address when none is set. */
  readonly url: string;
  /** True when no `url` (nor `SITE_URL`) was given and `url` is the local preview address. */
  readonly urlIsPreview: boolean;
  readonly extension: { readonly name: string; readonly shortName: string };
}

/** What follows from the parsed options: the preview address, the extension's names, the suggestion fallback. */
export function completeOptions(parsed: ParsedOptions): FactcheckConfig {
  const { url, extension, suggestions, corrections } = parsed;
  const name = extension.name ?? parsed.name;
  // As before options: suggestions fall back on the corrections address.
  const suggestEmail = suggestions.email ?? corrections.email;
  return {
    ...parsed,
    url: url ?? PREVIEW_URL,
    urlIsPreview: url === undefined,
    suggestions: { ...suggestions, ...(suggestEmail ? { email: suggestEmail } : {}) },
    extension: { name, shortName: extension.shortName ?? name },
  };
}

/** The schema inside `.default()`, `.optional()`, refinements and transforms: where an object's shape is. */
export function innerSchema(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
  if (def.innerType) return innerSchema(def.innerType);
  if (def.in) return innerSchema(def.in);
  return schema;
}
