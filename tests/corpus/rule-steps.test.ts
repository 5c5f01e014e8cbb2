import { describe, expect, it } from 'vitest';
import * as rules from '../../src/corpus/rules.ts';
import type { Rule, Step } from '../../src/corpus/rules/rule.ts';

/** Each step's list in src/corpus/rules.ts, by the step it runs. */
const STEP_LISTS: Record<Step, readonly Rule[]> = {
  fileNames: rules.FILE_NAME_RULES,
  contentFolder: rules.CONTENT_FOLDER_RULES,
  sourceFolder: rules.SOURCE_FOLDER_RULES,
  document: rules.DOCUMENT_RULES,
  field: rules.FIELD_RULES,
  frontmatter: rules.FRONTMATTER_RULES,
  claim: rules.CLAIM_RULES,
  source: rules.SOURCE_RULES,
  markdown: rules.MARKDOWN_RULES,
  corpus: rules.CORPUS_RULES,
};

const ids = (list: readonly Rule[]) => list.map((rule) => rule.id).sort();

describe('rule steps', () => {
  it.each(Object.entries(STEP_LISTS))('runs at step %s every rule that checks there, and only those', (step, list) => {
    const checking = rules.RULES.filter((rule: Rule) => rule.checks?.[step as Step] !== undefined);
    expect(ids(list)).toEqual(ids(checking));
  });

  it('has every rule check somewhere, or name who reports it', () => {
    const unchecked = rules.RULES.filter((rule: Rule) => !rule.checks).map((rule) => rule.id);
    // Found by anchoring (anchor-problems.ts), by the snapshot reader, or only by `npm run new`.
    expect(unchecked.sort()).toEqual(
      [
        'duplicate-claim',
        'duplicate-source',
        'missing-slug',
        'previous-claims-unreadable',
        'quote-ambiguous',
        'quote-context-mismatch',
        'quote-not-found',
      ].sort(),
    );
  });
});
