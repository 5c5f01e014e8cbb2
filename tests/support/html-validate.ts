/** html-validate as every build test runs it: the recommended rules, less three our pages break by design. */
import { HtmlValidate } from 'html-validate';

export const htmlValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro inlines our CSS as <style> in <head>; long lines and inline styles are by design.
    'no-inline-style': 'off',
    // Typographic quotes in text are intended.
    'no-raw-characters': 'off',
    'long-title': 'off',
  },
});

/** Every message as `file:line:column rule message`; empty when the page is valid. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await htmlValidator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  );
}
