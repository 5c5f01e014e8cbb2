import type { Place } from '../problem.ts';
import type { Rule } from './rule.ts';

/** What `markdown/research-notes.ts` leaves out of the rendered notes, each a positioned warning. */
export const researchNotesDropped = {
  id: 'research-notes-dropped',
  severity: 'warning',
  meaning: 'raw HTML, an image or a link that is not http(s) in `research-notes.md`: published without it',
  fix: 'Write plain Markdown with https:// links; describe what the HTML showed in words.',
  checks: {
    markdown: ({ kind, file, messages }, report) => {
      if (kind !== 'research-notes') return;
      for (const message of messages) {
        const place = message.place;
        const at: Place =
          place && 'start' in place
            ? { ...place.start, end: place.end }
            : { line: place?.line ?? 1, column: place?.column ?? 1 };
        report(file, at, message.reason);
      }
    },
  },
} as const satisfies Rule;
