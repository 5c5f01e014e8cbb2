/**
 * Each source's research notes, checked (and, for the build, rendered) in the one pass of
 * `markdown/research-notes.ts`: what rendering leaves out becomes a positioned warning.
 */
import { processResearchNotes } from '../markdown/research-notes.ts';
import type { Source } from './model.ts';
import { createProblem, type Place, type Problem } from './problems.ts';

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
      for (const message of messages) {
        const place = message.place;
        const at: Place =
          place && 'start' in place
            ? { ...place.start, end: place.end }
            : { line: place?.line ?? 1, column: place?.column ?? 1 };
        problems.push(createProblem('research-notes-dropped', file, at, message.reason));
      }
      return html === undefined ? source : { ...source, researchNotesHtml: html };
    }),
  );
  return { sources: checked, problems };
}
