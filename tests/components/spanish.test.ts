/**
 * The interface in Spanish, rendered without building a site: pages and components get the Spanish translator in
 * `Astro.locals.t` (as the middleware hands it over), and the view models, which ask src/i18n/active.ts, are told
 * the language is Spanish. No English word of the interface tables may be left in what a reader sees.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Byline from '../../src/components/Byline.astro';
import CitationLinks from '../../src/components/CitationLinks.astro';
import ClaimHistory from '../../src/components/ClaimHistory.astro';
import Provenance from '../../src/components/Provenance.astro';
import UpdateMark from '../../src/components/UpdateMark.astro';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { translator } from '../../src/i18n/index.ts';
import { englishWords } from '../support/english-words.ts';
import NotFound from '../../src/routes/404.astro';
import siteConfig from 'virtual:factcheck/config';
import { linkStatusIndex } from '../../src/site/link-health.ts';
import { historyOf } from '../../src/site/people.ts';
import { citationView } from '../../src/site/site-model.ts';

vi.mock('../../src/i18n/active.ts', async () => {
  const { translator: of } = await import('../../src/i18n/index.ts');
  return { interfaceLanguage: () => 'es', activeTranslator: () => of('es') };
});

const locals = { t: translator('es') };
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** What a reader sees: the text and the attributes read out (labels, titles), entities decoded. */
function readable(html: string): string {
  const spoken = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((match) => match[1]);
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .concat(' ', spoken.join(' '));
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the interface in Spanish', () => {
  it('frames a page in Spanish: language, skip link, navigation, search form and footer', async () => {
    const html = await container.renderToString(NotFound, { locals, partial: false });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Página no encontrada');
    expect(html).toContain('Ir al contenido');
    expect(html).toMatch(/<nav aria-label="Sitio">/);
    expect(html).toContain('Metodología');
    expect(html).toContain('cómo funcionan las correcciones</a>.');
    // The site's name and description are the site's own words (this repository's site is in English).
    expect(englishWords(readable(html), [siteConfig.name, siteConfig.description])).toEqual([]);
  });

  it('says where an article comes from, and what was not recorded, in Spanish', async () => {
    const source = {
      slug: 'un-articulo',
      data: { title: 'Un titular', outlet: 'El Diario', published: '2026-11-25', notFound: ['author'] },
      verification: undefined,
    };
    const html = await container.renderToString(Provenance, { locals, props: { source } });
    expect(html).toContain('<dt>Titular</dt>');
    expect(html).toContain('25 de noviembre de 2026');
    expect(html).toContain('No se encontró');
    expect(html).toContain('Sin registrar');
    expect(html).toContain('Aún sin comparar con el original');
    expect(englishWords(readable(html), ['Un titular El Diario'])).toEqual([]);
  });

  it('names who checked and reviewed, joined the Spanish way', async () => {
    const person = (id: string, name: string) => ({ id, name, kind: 'person', ai: false });
    const byline = { author: person('ana', 'Ana'), reviewers: [person('luis', 'Luis'), person('eva', 'Eva')] };
    const html = await container.renderToString(Byline, { locals, props: { byline } });
    expect(readable(html).trim()).toBe('Verificado por Ana · Revisado por Luis y Eva');
  });

  it('words a dead link, its archived copy and the citation’s kind in Spanish', async () => {
    const data = {
      title: 'Informe anual',
      url: 'https://example.org/informe',
      publisher: 'Ministerio',
      kind: 'official',
      archivedUrl: 'https://web.archive.org/web/2026/https://example.org/informe',
    } as const;
    const links = linkStatusIndex([
      {
        url: data.url,
        status: 'dead',
        httpStatus: 404,
        finalUrl: null,
        contentType: null,
        archivedUrl: null,
        checkedAt: '2026-11-30T10:00:00Z',
        usedBy: ['x'],
      },
    ]);
    const citation = citationView({ id: 'informe', data } as never, links);
    const html = await container.renderToString(CitationLinks, { locals, props: { citation } });
    const text = readable(html);
    expect(text).toContain('Ministerio, fecha no indicada.');
    expect(text).toContain('Declaración oficial');
    expect(text).toContain('Enlace roto desde el 30 de noviembre de 2026');
    expect(text).toContain('enlace original (roto)');
    expect(englishWords(text, ['Informe anual Ministerio'])).toEqual([]);
  });

  it('dates a check’s changes in Spanish, with the kind of each change', async () => {
    const history = historyOf(
      [
        { date: '2026-12-01', kind: 'correction', note: 'Nota.', previousVerdict: 'false' },
        { date: '2026-11-28', kind: 'clarification', note: 'Otra nota.' },
      ] as never,
      DEFAULT_SCALE,
    );
    const html = await container.renderToString(ClaimHistory, { locals, props: { history } });
    expect(html).toContain('Cambios en esta verificación');
    expect(html).toContain('1 de diciembre de 2026');
    // The verdict's label comes with the configured scale, not the interface table.
    expect(readable(html)).toContain('1 de diciembre de 2026 · Corrección · Veredicto anterior: ✗ False');
    expect(readable(html)).toContain('28 de noviembre de 2026 · Aclaración');
    const mark = {
      date: '2026-12-01',
      earlierVerdict: DEFAULT_SCALE.verdict('false'),
      historyPath: '/claims/x/#history-title',
    };
    const updated = await container.renderToString(UpdateMark, { locals, props: { mark } });
    expect(readable(updated)).toContain('Actualizada 1 de diciembre de 2026 · veredicto anterior:');
    expect(updated).toContain('Qué cambió');
  });
});
