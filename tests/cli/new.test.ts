import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimTemplate, sourceTemplate } from '../../src/editing/scaffold.ts';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { claimSchemas } from '../../src/schemas/claim.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { runCli } from '../support/cli.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

const ARTICLE =
  'Mayor Says “Détente” Is Over\n\n' +
  'The mayor said the deal was over. The deal, he said, was over.\n\n*Share* <b>this</b>\n';
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
    expect(parse(readFileSync(path.join(folder, 'source.yaml'), 'utf8'))).toEqual({
      label: 'Mayor Says “Détente” Is Over',
    });
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
    const file = path.join(ROOT, fixture.content, 'claims/second-article/second-the-council-voted-unanimously.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('quote: "The council voted unanimously"\n');
    expect(text).toContain(`published: ${today}\n`);

    const check = runCli('check', [], fixture.content);
    const rules = check.stdout
      .split('\n')
      .filter((line) => line.includes('second-the-council-voted-unanimously.mdx:'))
      .map((line) => line.split('  ').at(-1));
    expect(rules).toEqual([
      'unknown-verdict',
      'invalid-field',
      'missing-author',
      'missing-reviewer',
      'missing-explanation',
    ]);

    // Filled in, it passes.
    writeFileSync(
      file,
      text
        .replace('verdict: ""', 'verdict: supported')
        .replace('summary: ""', 'summary: "The record shows it."')
        .replace('citations: []', 'citations: [fixture-vote-record]')
        .replace('# author: ""', 'author: fixture-checker')
        .replace('# reviewers: []', 'reviewers: [fixture-desk]') + 'The vote record shows it.\n',
    );
    const rest = runCli('check', [], fixture.content).stdout;
    expect(rest).not.toContain('second-the-council-voted-unanimously.mdx:');
  });

  it('refuses a second claim on the same passage of the same source, naming the claim that has it', () => {
    const fixture = prepareCase('cli-new-claim-twice', null);
    const claims = path.join(ROOT, fixture.content, 'claims/second-article');
    const before = readdirSync(claims);
    // second-vote.mdx quotes this passage already; typed with other spacing and quotation marks it is the same one.
    const quote = 'The council  voted unanimously on Wednesday';
    const again = runCli('new', ['claim', 'second-article', quote], fixture.content);
    expect(again.status).toBe(1);
    const existing = `${fixture.content}/claims/second-article/second-vote.mdx`;
    expect(again.stderr).toContain(`A claim on this quote already exists: ${existing}`);
    expect(again.stderr).toContain('duplicate-claim');
    expect(readdirSync(claims)).toEqual(before);
    // Part of the passage is a claim of its own.
    expect(runCli('new', ['claim', 'second-article', 'The council voted unanimously'], fixture.content).status).toBe(0);
  });

  it('takes the quote from a file or standard input, where the shell cannot expand $35,000', () => {
    const fixture = prepareCase('cli-new-quote-file', null);
    const folder = path.join(ROOT, fixture.content, 'sources/dollar-article');
    mkdirSync(folder);
    const article = 'Dollar headline\n\nThe city paid $35,000 for the "study". It was late.\n';
    writeFileSync(path.join(folder, 'article.txt'), article);
    writeFileSync(path.join(folder, 'source.yaml'), 'label: "Dollar article"\n');
    const quoteFile = path.join(ROOT, 'tests/.output/cases/cli-new-quote-file/quote.txt');
    writeFileSync(quoteFile, 'The city paid $35,000 for the "study".\n');
    const claims = path.join(ROOT, fixture.content, 'claims/dollar-article');
    const claim = (id: string) => readFileSync(path.join(claims, `${id}.mdx`), 'utf8');
    const args = ['claim', 'dollar-article', '--quote-file', quoteFile, '--id', 'dollar-from-file'];
    const fromFile = runCli('new', args, fixture.content);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const written = claim('dollar-from-file');
    expect(written).toContain('quote: "The city paid $35,000 for the \\"study\\"."\n');

    const stdin = (args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'src/cli/new.ts'), ...args], {
        cwd: ROOT,
        env: { ...process.env, FACTCHECK_CONTENT: fixture.content },
        encoding: 'utf8',
        input: 'It was late.\n',
      });
    const fromStdin = stdin(['claim', 'dollar-article', '-', '--id', 'dollar-late']);
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(claim('dollar-late')).toContain('quote: "It was late."\n');
    // The same passage again, through --quote-file -, is refused as a duplicate.
    expect(stdin(['claim', 'dollar-article', '--quote-file', '-']).stderr).toContain('dollar-late.mdx');
  });

  it('asks for --slug when the article does not start with a headline, not naming a folder after a sentence', () => {
    const fixture = prepareCase('cli-new-source-no-headline', null);
    const work = path.join(ROOT, 'tests/.output/cases/cli-new-source-no-headline');
    const sources = path.join(ROOT, fixture.content, 'sources');
    const before = readdirSync(sources);
    const paragraph = path.join(work, 'paragraph.txt');
    writeFileSync(paragraph, 'In February a man was arrested in a small town.\n\nMore text.\n');
    const refused = runCli('new', ['source', paragraph], fixture.content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Missing --slug: the article's first line is not a headline ");
    expect(refused.stderr).toContain('(it ends with a full stop)');
    expect(refused.stderr).toContain('missing-slug');
    const long = path.join(work, 'long.txt');
    writeFileSync(long, `${'word '.repeat(30).trim()}\n\nMore text.\n`);
    expect(runCli('new', ['source', long], fixture.content).stderr).toContain('(it has 30 words)');
    expect(readdirSync(sources)).toEqual(before);
    expect(runCli('new', ['source', paragraph, '--slug', 'small-town-arrest'], fixture.content).status).toBe(0);
    // A long headline (17 words, like our longest) is still a headline.
    const headline = path.join(work, 'headline.txt');
    const words = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen x';
    writeFileSync(headline, `${words}\n\nText.\n`);
    const named = runCli('new', ['source', headline], fixture.content);
    expect(named.stdout, named.stderr).toContain('sources/one-two-three-four-five-six-seven-eight/article.txt');
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
    const withSuffix = runCli(
      'new',
      ['claim', 'sample-article', 'The council voted', '--suffix', 'again in May', '--id', 'sample-voted-again'],
      fixture.content,
    );
    expect(withSuffix.status, withSuffix.stderr).toBe(0);
    expect(readFileSync(path.join(claims, 'sample-voted-again.mdx'), 'utf8')).toContain('suffix: "again in May"\n');
    expect(existsSync(path.join(claims, 'sample-voted-again.mdx'))).toBe(true);
  });

  it('documents every schema field in the templates', () => {
    const source = sourceTemplate({ label: 'L', firstLine: 'L', articleFile: 'a.txt' });
    for (const field of Object.keys(sourceSchema.shape)) expect(source).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    const claim = claimTemplate({ quote: 'q', anchoredAt: 'a.txt:1:1', today, scale: DEFAULT_SCALE });
    for (const field of Object.keys(claimSchemas(DEFAULT_SCALE).claim.shape))
      expect(claim).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
  });
});
