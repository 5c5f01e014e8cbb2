/**
 * Content-Security-Policy violations a page reports, for the browser tests: Chromium logs each refused script,
 * style or request to the console ("Refused to … because it violates the following Content Security Policy
 * directive"), and the document fires `securitypolicyviolation`.
 */
import type { Page } from 'playwright-core';

export function watchCsp(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) into.push(`${page.url()}: ${message.text()}`);
  });
}
