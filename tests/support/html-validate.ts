/**
 * html-validate as every build test runs it: the recommended rules, none turned off. Titles fit
 * `long-title`'s 70 characters through src/site/page-title.ts; our pages carry no inline styles
 * (CSS is in <style> or files) and Astro escapes the characters `no-raw-characters` asks about.
 */
import { HtmlValidate } from 'html-validate';

export const htmlValidator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Every message as `file:line:column rule message`; empty when the page is valid. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await htmlValidator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  );
}
