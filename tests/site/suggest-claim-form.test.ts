/**
 * "Suggest a claim to check": the issue form (.github/ISSUE_TEMPLATE/suggest-claim.yml) is valid by SchemaStore's
 * issue-forms schema, the deploy workflow's default SUGGEST_URL opens it, and the site's link accepts only an http(s)
 * URL or one e-mail address.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suggestClaimHref } from '../../src/site/suggest-claim.ts';
import { ROOT } from '../support/fixture-case.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const schema = JSON.parse(read('tests/fixtures/schemas/github-issue-forms.json'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const form = parse(read('.github/ISSUE_TEMPLATE/suggest-claim.yml'));

describe('the suggest-claim issue form', () => {
  it('is valid by the GitHub issue-forms schema', () => {
    expect(validate(form), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects a broken copy, so the check above can fail', () => {
    const broken = structuredClone(form);
    broken.body[1].id = 'the claim';
    expect(validate(broken)).toBe(false);
  });

  it('asks for the claim and where it appeared, with unique field ids', () => {
    const ids = (form.body as { id?: string; validations?: { required?: boolean } }[]).flatMap((item) =>
      item.id ? [item] : [],
    );
    expect(new Set(ids.map((item) => item.id)).size).toBe(ids.length);
    const required = ids.filter((item) => item.validations?.required).map((item) => item.id);
    expect(required).toEqual(['claim', 'where']);
  });
});

describe("the deploy workflow's default SUGGEST_URL", () => {
  it("opens this repository's suggest-claim form", () => {
    const workflow = parse(read('.github/workflows/deploy.yml'));
    const build = workflow.jobs.build.steps.find((step: { run?: string }) => step.run === 'npm run build');
    const expression: string = build.env.SUGGEST_URL;
    const [, format] = /format\('([^']+)', github\.repository\)/.exec(expression) ?? [];
    expect(format).toBeDefined();
    const url = new URL(format!.replace('{0}', 'owner/repo'));
    expect(url.origin + url.pathname).toBe('https://github.com/owner/repo/issues/new');
    expect(url.searchParams.get('template')).toBe('suggest-claim.yml');
  });
});

describe('suggestClaimHref', () => {
  it('uses the URL, else a mailto: with a subject and the form questions, else nothing', () => {
    expect(suggestClaimHref({ url: 'https://example.com/suggest', email: 'a@example.com' })).toBe(
      'https://example.com/suggest',
    );
    const mail = suggestClaimHref({ email: 'mailto:checks@example.com' })!;
    expect(mail).toMatch(/^mailto:checks@example\.com\?subject=Claim%20to%20check&body=/);
    expect(decodeURIComponent(mail.split('body=')[1]!)).toContain('Where it appeared (a link):');
    expect(suggestClaimHref({})).toBeUndefined();
    expect(suggestClaimHref({ url: ' ', email: '' })).toBeUndefined();
  });

  it('refuses a link that is not http(s), and an address that is not one e-mail address', () => {
    expect(() => suggestClaimHref({ url: 'javascript:alert(1)' })).toThrow('expected an http(s) URL');
    expect(() => suggestClaimHref({ email: 'a@example.com?cc=b@example.com' })).toThrow('expected one e-mail address');
  });
});
