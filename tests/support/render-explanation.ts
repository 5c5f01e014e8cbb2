/**
 * Tests' shorthand: a claim's explanation to HTML through the one pass the checker runs too
 * (`src/markdown/explanation.ts`), as HTML or an exception: `loadCorpus(…,
 * { render: true })` gives every claim's HTML with the check's problems instead.
 */
import { processExplanation } from '../../src/markdown/explanation.ts';

/** HTML for one explanation. Unsafe or malformed input throws its first message, positioned in `file`. */
export async function renderExplanation(body: string, file: string, bodyLine = 1): Promise<string> {
  const { html, messages } = await processExplanation(body, { file, bodyLine, render: true });
  const [first] = messages;
  if (first) {
    first.fatal = true;
    throw first;
  }
  return html ?? '';
}
