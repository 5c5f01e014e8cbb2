/**
 * The second test site, "Verificación Ejemplo" (tests/fixtures/sites/sitio-es/): Spanish content on a verdict
 * scale of its own. Its content must stay valid against its scale, use every verdict and flag of it, and be
 * refused by the default scale, whose ids it shares none of. The checker is called with the site's scale as the
 * site's options will give it; nothing is built here.
 */
import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { createVerdictScale, DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { sitioEs } from '../fixtures/sites/sitio-es/site-options.ts';
import { ROOT } from '../support/fixture-case.ts';

const CONTENT = 'tests/fixtures/sites/sitio-es/content';
const scale = createVerdictScale(sitioEs);

describe('the Spanish test site (sitio-es)', () => {
  it('has a scale of its own: valid, and sharing no verdict or flag id with the default scale', () => {
    expect(sitioEs.language).toBe('es');
    expect(scale.verdictIds).toEqual([
      'verdadero',
      'verdad-a-medias',
      'enganoso',
      'sin-pruebas',
      'falso',
      'juicio-de-valor',
    ]);
    expect(scale.verdictIds.filter((id) => DEFAULT_SCALE.has(id))).toEqual([]);
    expect(scale.flagIds.filter((id) => DEFAULT_SCALE.hasFlag(id))).toEqual([]);
    expect(scale.aliasOf('Engañoso')).toBe('enganoso');
  });

  it('has content the checker accepts against that scale with no problem at all, warnings included', async () => {
    const { ok, problems, corpus } = await loadCorpus(ROOT, contentDirs(CONTENT), { scale });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(ok).toBe(true);
    expect(corpus.sources.map((source) => source.slug).sort()).toEqual([
      'villa-ejemplo-biblioteca',
      'villa-ejemplo-presupuesto',
    ]);
    expect(corpus.claims).toHaveLength(6);
    expect(corpus.drafts).toEqual([]);
    expect(corpus.citations).toHaveLength(4);
    expect(corpus.people.map((person) => person.id).sort()).toEqual([
      'equipo-revision-ejemplo',
      'equipo-verificacion-ejemplo',
    ]);
  });

  it('uses every verdict and every flag of its scale', async () => {
    const { corpus } = await loadCorpus(ROOT, contentDirs(CONTENT), { scale, checkBodies: false });
    expect(new Set(corpus.claims.map((claim) => claim.data.verdict))).toEqual(new Set(scale.verdictIds));
    expect(new Set(corpus.claims.flatMap((claim) => claim.data.flags))).toEqual(new Set(scale.flagIds));
  });

  it('is refused by the default scale: its verdicts, flags and verdict page links are unknown there', async () => {
    const { ok, problems } = await loadCorpus(ROOT, contentDirs(CONTENT), { scale: DEFAULT_SCALE });
    expect(ok).toBe(false);
    expect(new Set(problems.map((problem) => problem.ruleId))).toEqual(
      new Set(['unknown-verdict', 'unknown-flag', 'unknown-internal-link']),
    );
  });
});
