/**
 * Each source's research notes, checked (and, for the build, rendered) in the one pass of
 * `markdown/research-notes.ts`: what rendering leaves out becomes a positioned warning.
 */
import { processResearchNotes } from '../markdown/research-notes.ts';
import type { Source } from './model.ts';
import type { Problem } from './problem.ts';
import { MARKDOWN_RULES } from './rules.ts';
import { runRules } from './rules/runner.ts';

export async function checkResearchNotes(
  sources: readonly Source[],
  render: boolean,
): Promise<{ sources: Source[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const checked = await Promise.all(
    sources.map(async (source) => {
      if (!source.researchNotes) return source;
      const { file, text } = source.researchNotes;
      const { html, messages } = await processResearchNotes(text, { file, render });
      const notes = { kind: 'research-notes', file, text, firstLine: 1, messages } as const;
      problems.push(...runRules(MARKDOWN_RULES, 'markdown', notes));
      return html === undefined ? source : { ...source, researchNotesHtml: html };
    }),
  );
  return { sources: checked, problems };
}
