/**
 * The components that show verdicts and flags, rendered with a site scale of one verdict and one flag more
 * (tests/support/custom-scale.ts) in place of the site's: badges, counts and the methodology page's scales.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOM_SCALE, NEEDS_CONTEXT, OUTDATED } from '../support/custom-scale.ts';
import { astroRenderer } from '../support/render-astro.ts';

const renderer = await astroRenderer({
  'src/site/active-scale.ts': "export { activeScale } from '/tests/support/custom-scale.ts';",
});
afterAll(() => renderer.close());
const needsContext = CUSTOM_SCALE.verdict('needs-context');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('components with a scale of its own', { timeout: 60_000 }, () => {
  it('draw the badge of the new verdict: its class, icon, label and definition', async () => {
    const html = await renderer.render('src/components/VerdictBadge.astro', { verdict: needsContext });
    expect(html).toContain('class="badge v-needs-context"');
    expect(html).toContain(`title="${NEEDS_CONTEXT.definition}"`);
    expect(text(html)).toBe('◇ Needs context');
  });

  it('count it in scale order', async () => {
    const html = await renderer.render('src/components/VerdictCounts.astro', {
      counts: { supported: 1, 'needs-context': 2, false: 1 },
      browse: true,
    });
    expect(text(html)).toBe('✓ Supported 1 ◇ Needs context 2 ✗ False 1');
    expect(html).toContain('href="/verdicts/needs-context/"');
  });

  it('list it on the methodology page: definition, ClaimReview rating and the new flag', async () => {
    const verdicts = text(await renderer.render('src/components/methodology/VerdictScale.astro'));
    expect(verdicts).toContain(`Needs context ${NEEDS_CONTEXT.definition}`);
    const ratings = text(await renderer.render('src/components/methodology/RatingScale.astro'));
    expect(ratings).toContain('Needs context 3 of 5');
    const flags = text(await renderer.render('src/components/methodology/FlagScale.astro'));
    expect(flags).toContain(`${OUTDATED.label} ${OUTDATED.definition}`);
  });
});
