/**
 * A site's own verdict scale for tests: the default scale with one verdict more (`needs-context`) and one
 * flag more (`outdated`), each one entry. It has the shape of src/site/active-scale.ts, so a test can stand it
 * in for the site's scale (`vi.mock('…/active-scale.ts', () => import('…/custom-scale.ts'))`) and see every
 * reader follow. `tests/fixtures/scale/needs-context/content` is a corpus that uses both.
 */
import { createVerdictScale, DEFAULT_SCALE, type VerdictScale } from '../../src/domain/scale.ts';

export const NEEDS_CONTEXT = {
  id: 'needs-context',
  label: 'Needs context',
  definition: 'Accurate as far as it goes, but a reader needs what it leaves out to judge it.',
  icon: '◇',
  color: { light: '#6b4400', dark: '#f2c45a' },
  rating: 3,
} as const;

export const OUTDATED = {
  id: 'outdated',
  label: 'Outdated',
  definition: 'Was accurate when it was said, but later events changed the facts.',
} as const;

const [first, second, ...rest] = DEFAULT_SCALE.verdicts;

export const CUSTOM_SCALE: VerdictScale = createVerdictScale({
  verdicts: [first!, second!, NEEDS_CONTEXT, ...rest],
  flags: [...DEFAULT_SCALE.flags, OUTDATED],
});

export const CUSTOM_CONTENT = 'tests/fixtures/scale/needs-context/content';

/** As src/site/active-scale.ts: the scale the site uses. */
export function activeScale(): VerdictScale {
  return CUSTOM_SCALE;
}
