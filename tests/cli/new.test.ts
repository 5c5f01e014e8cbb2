import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimTemplate, sourceTemplate } from '../../src/corpus/scaffold.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { runCli } from '../support/cli.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

const ARTICLE = 'Mayor Says “Détente” Is Over\n\nThe mayor said the deal was over. The deal, he said, was over.\n\n*Share* <b>this</b>\n';
const today = new Date().toISOString().slice(0, 10);

describe('npm run new', { timeout: 60_000 }, () => {
  it('turns an article file into a source: the text byte for byte and a provenance template that checks', () => {
    const fixture = prepareCase('cli-new-source', null);
    const articleFile = path.join(ROOT, 'tests/.output/cases/cli-new-source/article.txt');
    writeFileSync(articleFile, ARTICLE);
    const result = runCli('new', ['source', articleFile], fixture.content);
    expect(result.status, result.stderr).toBe(0);
    const folder = path.join(ROOT, fixture.content, 'sources/mayor-says-detente-is-over');
    expect(readFileSync(path.join(folder, 'article.txt'), 'utf8')).toBe(ARTICLE);
    // Only the label is filled in; every field we cannot know is commented out.
    expect(parse(readFileSync(path.join(folder, 'source.yaml'), 'utf8'))).toEqual({ label: 'Mayor Says “Détente” Is Over' });
    expect(runCli('check', [], fixture.content).status).toBe(0);
    // A second run would overwrite: refused.
    const again = runCli('new', ['source', articleFile], fixture.content);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Source "mayor-says-detente-is-over" already exists');
    expect(runCli('new', ['source', articleFile, '--slug', 'mayor-deal'], fixture.content).status).toBe(0);
  });

  it('writes a claim with a unique id once its quote anchors, and the check asks for what is left to fill in', () => {
    const fixture = prepareCase('cli-new-claim', null);
    const first = runCli('new', ['claim', 'second-article', 'The council voted unanimously'], fixture.content);
    expect(first.status, first.stderr).toBe(0);
    const second = runCli('new', ['claim', 'second-article', 'The council voted unanimously'], fixture.content);
    expect(second.stdout).toContain('second-the-council-voted-unanimously-1.mdx');
    const file = path.join(ROOT, fixture.content, 'claims/second-article/second-the-council-voted-unanimously.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('quote: "The council voted unanimously"\n');
    expect(text).toContain(`published: ${today}\n`);

    const check = runCli('check', [], fixture.content);
    const rules = check.stdout.split('\n').filter((line) => line.includes('second-the-council-voted-unanimously.mdx:')).map((line) => line.split('  ').at(-1));
    expect(rules).toEqual(['unknown-verdict', 'invalid-field', 'missing-explanation']);

    // Filled in, it passes.
    writeFileSync(file, text.replace('verdict: ""', 'verdict: supported').replace('summary: ""', 'summary: "The record shows it."').replace('citations: []', 'citations: [fixture-vote-record]') + 'The vote record shows it.\n');
    const rest = runCli('check', [], fixture.content).stdout;
    expect(rest).not.toContain('second-the-council-voted-unanimously.mdx:');
  });

  it('explains a quote that does not anchor the way the checker does, and writes nothing', () => {
    const fixture = prepareCase('cli-new-claim-bad', null);
    const claims = path.join(ROOT, fixture.content, 'claims/sample-article');
    const before = readdirSync(claims);
    const notFound = runCli('new', ['claim', 'sample-article', 'The council voted agian in March'], fixture.content);
    expect(notFound.status).toBe(1);
    expect(notFound.stderr).toContain('error  Unexpected quote "The council voted agian in March", expected the exact');
    expect(notFound.stderr).toContain('Closest passage (5 character edits away)');
    expect(notFound.stderr).toContain('quote-not-found\n    fix: Copy the words exactly');
    const ambiguous = runCli('new', ['claim', 'sample-article', 'The council voted'], fixture.content);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('Unexpected quote found 2 times');
    // Each occurrence with an argument to paste that picks it, single-quoted for the shell.
    expect(ambiguous.stderr).toContain(`«The council voted» again in May, said *someone* with…  --prefix 'Wednesday.'`);
    expect(ambiguous.stderr).toContain('Nothing was written.');
    const unknown = runCli('new', ['claim', 'sample-artcle', 'The council voted'], fixture.content);
    expect(unknown.stderr).toContain('Did you mean "sample-article"?');
    expect(readdirSync(claims)).toEqual(before);

    // With the words after it, the quote anchors and the suffix is written.
    const withSuffix = runCli('new', ['claim', 'sample-article', 'The council voted', '--suffix', 'again in May', '--id', 'sample-voted-again'], fixture.content);
    expect(withSuffix.status, withSuffix.stderr).toBe(0);
    expect(readFileSync(path.join(claims, 'sample-voted-again.mdx'), 'utf8')).toContain('suffix: "again in May"\n');
    expect(existsSync(path.join(claims, 'sample-voted-again.mdx'))).toBe(true);
  });

  it('documents every schema field in the templates', () => {
    const source = sourceTemplate({ label: 'L', firstLine: 'L', articleFile: 'a.txt' });
    for (const field of Object.keys(sourceSchema.shape)) expect(source).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    const claim = claimTemplate({ quote: 'q', anchoredAt: 'a.txt:1:1', today });
    for (const field of Object.keys(claimSchema.shape)) expect(claim).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
  });
});
