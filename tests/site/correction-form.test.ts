/**
 * The correction request issue form (.github/ISSUE_TEMPLATE/correction.yml) and the deploy workflow's default
 * CORRECTIONS_URL: the form is valid by SchemaStore's issue-forms schema, and every query parameter the URL
 * template fills names one of its fields (GitHub prefills a field from the parameter named by its id).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { correctionRequestHref, correctionTarget } from '../../src/site/correction-request.ts';
import { ROOT } from '../support/fixture-case.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const schema = JSON.parse(read('tests/fixtures/schemas/github-issue-forms.json'));
// The schema's `examples` and `$comment` are annotations; ajv's strict mode would reject unknown formats only.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const form = parse(read('.github/ISSUE_TEMPLATE/correction.yml'));

interface FormItem {
  type: string;
  id?: string;
  validations?: { required?: boolean };
}
const fieldIds = (form.body as FormItem[]).filter((item) => item.id).map((item) => item.id!);

/** The workflow's default template: the format() string with `{{`/`}}` unescaped and `{0}` the repository. */
function workflowDefaultTemplate(): string {
  const workflow = parse(read('.github/workflows/deploy.yml'));
  const build = workflow.jobs.build.steps.find((step: { run?: string }) => step.run === 'npm run build');
  const expression: string = build.env.CORRECTIONS_URL;
  const [, format] = /format\('([^']+)', github\.repository\)/.exec(expression) ?? [];
  if (!format) throw new Error(`No format() default in CORRECTIONS_URL: ${expression}`);
  return format.replace('{0}', 'owner/repo').replaceAll('{{', '{').replaceAll('}}', '}');
}

describe('the correction issue form', () => {
  it('is valid by the GitHub issue-forms schema', () => {
    expect(validate(form), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects a form with a bad field id, so the check above can fail', () => {
    const broken = structuredClone(form);
    broken.body[1].id = 'claim id';
    expect(validate(broken)).toBe(false);
    expect(validate({ ...form, body: [] })).toBe(false);
  });

  it('has unique field ids, and asks what is wrong and the evidence', () => {
    expect(new Set(fieldIds).size).toBe(fieldIds.length);
    expect(fieldIds).toEqual(
      expect.arrayContaining(['claim-id', 'claim-url', 'quote', 'verdict', 'problem', 'evidence']),
    );
  });
});

describe("the deploy workflow's default CORRECTIONS_URL", () => {
  const template = workflowDefaultTemplate();

  it("opens this repository's correction form, each filled parameter naming a form field", () => {
    const url = new URL(template);
    expect(url.origin + url.pathname).toBe('https://github.com/owner/repo/issues/new');
    expect(url.searchParams.get('template')).toBe('correction.yml');
    const filled = [...url.searchParams].filter(([, value]) => /\{\w+\}/.test(value)).map(([name]) => name);
    expect(filled.filter((name) => name !== 'title')).toEqual(['claim-id', 'claim-url', 'quote', 'verdict']);
    for (const name of filled) if (name !== 'title') expect(fieldIds).toContain(name);
  });

  it('is a template the site accepts, and prefills the form with the claim', () => {
    const href = correctionRequestHref(correctionTarget({ url: template }), {
      id: 'a-claim',
      url: 'https://example.org/claims/a-claim/',
      quote: 'Rates & “fees” #2?',
      verdict: 'False',
    })!;
    const params = new URL(href).searchParams;
    expect(params.get('title')).toBe('Correction request: a-claim');
    expect(params.get('claim-id')).toBe('a-claim');
    expect(params.get('claim-url')).toBe('https://example.org/claims/a-claim/');
    expect(params.get('quote')).toBe('Rates & “fees” #2?');
    expect(params.get('verdict')).toBe('False');
  });
});
