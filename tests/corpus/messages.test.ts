/** Messages as editors read them: positions, the words around a place, a fix to paste. */
import { describe, expect, it } from 'vitest';
import { anchorProblem } from '../../src/corpus/anchor-problems.ts';
import { checkIds } from '../../src/corpus/check-ids.ts';
import { createProblem, formatProblem, formatProblems } from '../../src/corpus/problems.ts';
import { validateFields } from '../../src/corpus/validate-fields.ts';
import { parseYaml } from '../../src/corpus/yaml-document.ts';
import { QuoteAnchorer } from '../../src/annotations/index.ts';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { claimSchemas } from '../../src/schemas/claim.ts';

const claimSchema = claimSchemas(DEFAULT_SCALE).claim;

const ambiguity = (article: string, quote: string, syntax?: 'yaml' | 'cli') => {
  const result = new QuoteAnchorer(article).anchor({ exact: quote });
  if (result.ok) throw new Error('anchored');
  const at = { line: 2, column: 8, end: { line: 2, column: 20 } };
  const articleFile = 'sources/s/article.txt';
  return anchorProblem(result, { file: 'claims/s/c.mdx', at, articleFile, article, quote, what: 'claim', syntax });
};

describe('quote-ambiguous', () => {
  it('lists each occurrence with the words around it and a prefix or suffix that picks it', () => {
    const article =
      'Headline\n\nThe mayor said the city would comply. Later the council said the city would comply, too.\n';
    const problem = ambiguity(article, 'the city would comply');
    expect(formatProblem(problem)).toBe(
      [
        'claims/s/c.mdx:2:8-2:20  error  Unexpected quote found 2 times in sources/s/article.txt, expected one ' +
          'occurrence  quote-ambiguous',
        '    at sources/s/article.txt:3:16  …Headline The mayor said «the city would comply». Later the council ' +
          'said the…  suffix: "."',
        '    at sources/s/article.txt:3:62  …would comply. Later the council said «the city would comply», too.…  ' +
          'suffix: ","',
        '    fix: Paste the "prefix"/"suffix" shown for the occurrence you mean, or quote a longer passage.',
      ].join('\n'),
    );
  });

  it('writes the prefix for the command line in single quotes, so the shell leaves $ alone', () => {
    const article = "It's $35,000 a year. He said $35,000 a year.";
    const [first, second] = ambiguity(article, '$35,000 a year', 'cli').details;
    expect(first).toContain(`--prefix 'It'\\''s'`);
    expect(second).toContain(`--prefix 'said'`);
  });

  it('lists at most ten occurrences, then says how many more', () => {
    const article = Array.from({ length: 13 }, (_, index) => `Item ${index + 1} says yes.`).join(' ');
    const { details } = ambiguity(article, 'says yes');
    expect(details).toHaveLength(11);
    // "1" alone would also pick "Item 11 says yes": the prefix grows until it picks one occurrence.
    expect(details[0]).toBe(
      'at sources/s/article.txt:1:8  …Item 1 «says yes». Item 2 says yes. Item…  prefix: "Item 1"',
    );
    expect(details[10]).toBe('and 3 more');
  });
});

describe('YAML problems', () => {
  it('reports a missing closing quote where the quoted value opens, not at the end of the frontmatter', () => {
    const lines = [
      'verdict: supported',
      ...Array.from({ length: 16 }, (_, index) => `# comment ${index}`),
      'summary: "starts here',
      'published: 2026-11-20',
      ...Array.from({ length: 12 }, () => '# more'),
    ];
    // Frontmatter starts on line 2 of the file (after `---`), so `summary` is on line 19.
    const yaml = parseYaml(`${lines.join('\n')}\n`, 1);
    const { problems } = validateFields(claimSchema, yaml, 'claims/s/c.mdx', 'claim frontmatter');
    expect(problems.map(String)).toEqual(['claims/s/c.mdx:19:10-33:1: Missing closing " for the value quoted here']);
  });

  it('reports an empty quote as empty-quote, also when the value is left out', () => {
    for (const text of ['quote:\n', 'quote: ""\n', 'quote: "  "\n']) {
      const yaml = parseYaml(`${text}verdict: opinion\nsummary: x\npublished: 2026-11-20\n`, 1);
      const { problems } = validateFields(claimSchema, yaml, 'c.mdx', 'claim frontmatter');
      expect(problems.map((problem) => problem.ruleId)).toEqual(['empty-quote']);
    }
  });

  it('says "flag" for one value of the flags list', () => {
    const text = 'quote: q\nverdict: opinion\nflags: [unsourced, loaded]\nsummary: x\npublished: 2026-11-20\n';
    const yaml = parseYaml(text, 1);
    const { problems, fields } = validateFields(claimSchema, yaml, 'c.mdx', 'claim frontmatter');
    expect(problems.map(String)).toEqual([
      'c.mdx:4:20-4:26: Unexpected flag "loaded", expected one of: missing-context, loaded-language, ' +
        'misattribution, factual-error, internal-inconsistency, unsourced.',
    ]);
    // The valid fields are still there for the checks that need only them.
    expect(fields).toMatchObject({ quote: 'q', verdict: 'opinion', summary: 'x' });
  });
});

describe('the message model', () => {
  it('is a VFileMessage with a range, rule, source, link to the rule and severity', () => {
    const place = { line: 3, column: 10, end: { line: 3, column: 18 } };
    const problem = createProblem('unknown-verdict', 'claims/s/c.mdx', place, 'Unexpected verdict "x"');
    expect(problem).toMatchObject({
      file: 'claims/s/c.mdx',
      line: 3,
      column: 10,
      place: { start: { line: 3, column: 10 }, end: { line: 3, column: 18 } },
      ruleId: 'unknown-verdict',
      source: 'factcheck',
      url: 'README.md#rule-unknown-verdict',
      fatal: true,
      severity: 'error',
    });
    expect(String(problem)).toBe('claims/s/c.mdx:3:10-3:18: Unexpected verdict "x"');
    const warning = createProblem('unused-citation', 'citations/a.yaml', { line: 1, column: 1 }, 'Unexpected citation');
    expect(formatProblems([warning, problem]).split('\n').at(-1)).toBe('1 error, 1 warning');
  });

  it('points a duplicate id at the other file through cause', () => {
    const [problem] = checkIds(['claims/a/same.mdx', 'claims/b/same.mdx'], 'claim');
    expect(String(problem)).toBe(
      'claims/b/same.mdx:1:1: Unexpected duplicate claim id "same", expected a name no other file has ' +
        '(also used by claims/a/same.mdx)',
    );
    expect(String(problem?.cause)).toBe('claims/a/same.mdx:1:1: First claim with id "same"');
  });
});

describe('rename hints for a file name that is not an id', () => {
  const hint = (files: string[]) => checkIds(files, 'claim')[0]?.hint;

  it('never proposes the name of another file, also one differing only in case', () => {
    expect(hint(['citations/Ice-declined-detainers.yaml', 'citations/ice-declined-detainers.yaml'])).toBe(
      'Rename the file, e.g. to "ice-declined-detainers-2" ("ice-declined-detainers" is taken).',
    );
  });

  it('writes accented letters without their accents instead of dropping them', () => {
    expect(hint(['claims/s/ünïcode-claim.mdx'])).toBe('Rename the file, e.g. to "unicode-claim".');
  });

  it('asks for a name, rather than proposing an empty one, when the name has no letters or digits', () => {
    expect(hint(['claims/s/..mdx'])).toBe(
      'Rename the file to a name of lower-case words joined by hyphens that says what it holds.',
    );
  });
});
