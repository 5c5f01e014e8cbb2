/** `factcheck(options)`: what it accepts, what it fills in, and how it says what it refuses. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS as FLAG_LIST } from '../../src/domain/flags.ts';
import { DEFAULT_VERDICTS as VERDICT_LIST } from '../../src/domain/verdicts.ts';
import { readDeployEnvironment } from '../../src/integration/deploy-env.ts';
import type { FactcheckOptions } from '../../src/integration/options.ts';
import { FactcheckOptionsError, resolveSite } from '../../src/integration/resolve-options.ts';

const SITE = { name: 'Checks', description: 'Claims checked.' } satisfies FactcheckOptions;
const NO_ENV = readDeployEnvironment({});

/** The problems `options` is refused with, one line each. */
function problems(options: unknown, env: NodeJS.ProcessEnv = {}): readonly string[] {
  try {
    resolveSite(options as FactcheckOptions, readDeployEnvironment(env));
  } catch (error) {
    if (error instanceof FactcheckOptionsError) return error.problems;
    throw error;
  }
  return [];
}

const verdict = (id: string, rating: number | null = 3) => ({
  id,
  label: id,
  description: `The ${id} verdict.`,
  icon: '•',
  color: { light: '#1d6b35', dark: '#7ee09a' },
  rating,
});

describe('factcheck() options', () => {
  it("fill in today's scale, flags and the rest when only the name and description are given", () => {
    const { config, dirs } = resolveSite(SITE, NO_ENV);
    expect(config.verdicts.map((entry) => entry.id)).toEqual(VERDICT_LIST.map((entry) => entry.id));
    expect(config.verdicts[0]).toEqual({
      id: 'supported',
      label: 'Supported',
      description: VERDICT_LIST[0]!.definition,
      icon: '✓',
      color: { light: '#1d6b35', dark: '#7ee09a' },
      rating: 5,
      aliases: ['true', 'yes', 'correct', 'accurate'],
    });
    expect(config.flags.map((entry) => entry.label)).toEqual(FLAG_LIST.map((entry) => entry.label));
    expect(config).toMatchObject({
      url: 'http://localhost:4321',
      urlIsPreview: true,
      base: '/',
      content: 'content',
      language: 'en',
      requireReview: true,
      extension: { name: 'Checks', shortName: 'Checks' },
    });
    expect(dirs.sources).toBe('content/sources');
  });

  it('take a scale of the site’s own, handed through as written', () => {
    const verdicts = [verdict('verdadero', 5), verdict('enganoso', 2), verdict('opinion', null)];
    const { config } = resolveSite({ ...SITE, verdicts, flags: [], language: 'es' }, NO_ENV);
    expect(config.verdicts).toEqual(verdicts);
    expect(config.flags).toEqual([]);
    expect(config.language).toBe('es');
  });

  it('write the base path and the language the way Astro and Intl write them', () => {
    const { config } = resolveSite({ ...SITE, base: 'checks', language: 'ES' }, NO_ENV);
    expect(config.base).toBe('/checks/');
    expect(config.language).toBe('es');
  });

  it('take only a language the interface has words for', () => {
    expect(problems({ ...SITE, language: 'pt-BR' })).toEqual([
      'language: Expected a language the interface has words for: en, es',
    ]);
  });

  it('refuse each mistake with one line naming the option, all at once', () => {
    const found = problems({
      ...SITE,
      url: 'https://example.org/checks/',
      language: 'english!',
      verdicts: [verdict('a'), verdict('b', 7), verdict('a')],
      corrections: { url: 'javascript:alert(1)' },
    });
    expect(found).toEqual([
      'url: Expected the scheme and host only, such as "https://checks.example.org" (a path goes in `base`)',
      'language: Expected a BCP 47 language tag such as "en", "es" or "pt-BR"',
      'verdicts[1].rating: Expected a whole number from 1 (false) to 5 (true), or null for a verdict that is not rated',
      'verdicts[2].id: Unexpected second "a"',
      'corrections.url: Unexpected CORRECTIONS_URL "javascript:alert(1)", expected an http(s) URL template',
    ]);
  });

  it('refuse a scale of fewer than 3 or more than 10 verdicts', () => {
    expect(problems({ ...SITE, verdicts: [verdict('a'), verdict('b')] })).toEqual([
      'verdicts: Expected at least 3 verdicts',
    ]);
    const eleven = Array.from({ length: 11 }, (_, index) => verdict(`v${index}`));
    expect(problems({ ...SITE, verdicts: eleven })).toEqual([
      'verdicts: Expected at most 10 verdicts: readers cannot tell more apart',
    ]);
  });

  it('name a missing option, and propose the option meant for a misspelt one', () => {
    expect(problems({ name: 'Checks', requireReveiw: false })).toEqual([
      'description: Missing, expected string',
      'factcheck(): Unexpected option "requireReveiw", did you mean "requireReview"?',
    ]);
    expect(problems({ ...SITE, extension: { shortname: 'C' } })).toEqual([
      'extension: Unexpected option "shortname", did you mean "shortName"?',
    ]);
  });

  it('say which variable set a value they refuse', () => {
    expect(problems(SITE, { SITE_URL: 'example.org' })).toEqual([
      'url (from SITE_URL): Expected the scheme and host only, such as "https://checks.example.org" ' +
        '(a path goes in `base`)',
    ]);
  });
});

describe('the deploy’s variables', () => {
  it('override the options, and an empty one counts as unset', () => {
    const options = { ...SITE, url: 'https://checks.example.org', corrections: { email: 'a@example.org' } };
    const env = { SITE_URL: 'https://elsewhere.example', BASE_PATH: '', CORRECTIONS_URL: 'https://x.example/{id}' };
    const { config } = resolveSite(options, readDeployEnvironment(env));
    expect(config.url).toBe('https://elsewhere.example');
    expect(config.urlIsPreview).toBe(false);
    expect(config.base).toBe('/');
    expect(config.corrections).toEqual({ url: 'https://x.example/{id}', email: 'a@example.org' });
    // Suggestions fall back on the corrections address, as before there were options.
    expect(config.suggestions).toEqual({ email: 'a@example.org' });
  });

  it('point the content folder elsewhere, and say so in messages about it', () => {
    const { config, dirs } = resolveSite(SITE, readDeployEnvironment({ FACTCHECK_CONTENT: 'tests/x' }));
    expect(config.content).toBe('tests/x');
    expect(dirs.claims).toBe('tests/x/claims');
    expect(dirs.origin).toEqual({ variable: 'FACTCHECK_CONTENT', value: 'tests/x' });
  });

  it('hand the build its switches: previous claims, search index, reproducible date', () => {
    const env = { FACTCHECK_PREVIOUS_CLAIMS: 'prev.json', FACTCHECK_SEARCH_INDEX: 'off', SOURCE_DATE_EPOCH: '0' };
    expect(readDeployEnvironment(env)).toMatchObject({
      previousClaims: 'prev.json',
      searchIndex: false,
      sourceDateEpoch: '0',
    });
    expect(readDeployEnvironment({})).toMatchObject({ searchIndex: true, previousClaims: undefined });
  });
});
