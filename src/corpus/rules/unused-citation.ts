import type { Rule } from './rule.ts';

export const unusedCitation = {
  id: 'unused-citation',
  severity: 'warning',
  meaning: 'a citation no claim cites',
  fix: 'Cite it from a claim or delete the file.',
  checks: {
    corpus: ({ claims, citations }, report) => {
      // While a claim's frontmatter does not parse, what it cites is unknown: "unused" would be a knock-on
      // warning, printed before the one error that matters.
      if (claims.some((claim) => claim.written === undefined)) return;
      const cited = new Set(claims.flatMap((claim) => claim.fields.citations ?? []));
      for (const citation of citations) {
        if (cited.has(citation.id)) continue;
        const reason =
          `Unexpected citation "${citation.id}" that no claim cites, ` + 'expected at least one claim citing it';
        report(citation.file, { line: 1, column: 1 }, reason);
      }
    },
  },
} as const satisfies Rule;
