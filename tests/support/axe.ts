/**
 * Runs axe-core in a Playwright page and returns its violations, so any browser test can assert
 * an accessible page with `expect(await axeViolations(page)).toEqual([])`.
 * @see https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#api-name-axerun
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the offending elements, enough to find them. */
  readonly targets: readonly string[];
}

/** WCAG 2.x A and AA rules plus axe's best practices; `include` narrows the check to part of the page. */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the site's Content-Security-Policy
  // rightly refuses a script it did not ship, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((axeSource ??= readFileSync(axePath, 'utf8')));
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(include ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, options.include);
}

/** One line per violation with its first offending elements, for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`)
    .join('\n');
}
