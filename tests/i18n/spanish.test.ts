/**
 * The Spanish words of what runs outside a page template: the search page's script, the extension's popup and the
 * view models' sentences. The view models ask src/i18n/active.ts, told here that the language is Spanish.
 */
import '../support/extension-config.ts';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { renderPopup } from '../../src/extension/popup-view.ts';
import { EXTENSION_MESSAGE_KEYS, WORDS_GLOBAL } from '../../src/extension/words.ts';
import { translator } from '../../src/i18n/index.ts';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { statusMessage, toResultView } from '../../src/search/results.ts';
import { searchText, searchWords } from '../../src/search/words.ts';
import { authorshipText } from '../../src/site/authorship.ts';
import { comparisonLine, statusLabel } from '../../src/site/verification.ts';

vi.mock('../../src/i18n/active.ts', async () => {
  const { translator: of } = await import('../../src/i18n/index.ts');
  return { interfaceLanguage: () => 'es', activeTranslator: () => of('es') };
});

const es = translator('es');

describe('the search page’s script in Spanish', () => {
  const text = searchText(JSON.parse(JSON.stringify(searchWords(es))));

  it('announces results and dates them in Spanish, from the words the page hands it', () => {
    expect(statusMessage({ q: 'frontera', total: 0, filtered: true }, text)).toBe(
      'Ningún resultado para “frontera” con los filtros elegidos.',
    );
    expect(statusMessage({ q: '', total: 1, filtered: true }, text)).toBe('1 resultado con los filtros elegidos.');
    const view = toResultView(
      { url: '/claims/x/', excerpt: 'x', meta: { title: 'y', date: '2026-11-25' }, filters: { type: ['claim'] } },
      DEFAULT_SCALE,
      text,
    );
    expect([view.kindLabel, view.dateText]).toEqual(['Afirmación', 'Verificada el 25 de noviembre de 2026']);
  });
});

describe('the extension’s popup in Spanish', () => {
  it('says what it found on the page and when the bundled copy was made', () => {
    Object.assign(globalThis, { [WORDS_GLOBAL]: es.pick(EXTENSION_MESSAGE_KEYS, 'long') });
    const { document } = parseHTML('<html><body><main id="popup"></main></body></html>');
    const main = document.getElementById('popup') as unknown as HTMLElement;
    const claim = (id: string, anchored: boolean) => ({
      id,
      quote: 'Una cita',
      verdictId: 'false',
      verdictLabel: 'Falso',
      flags: [],
      summary: 'Un resumen',
      claimUrl: `https://checks.example/claims/${id}/`,
      anchored,
    });
    const state = {
      slug: 's',
      title: 'Un artículo',
      from: 'bundled' as const,
      siteUrl: 'https://checks.example/',
      bundledAt: '2026-12-01',
      claims: [claim('a', true), claim('b', false)],
    };
    renderPopup(main, state, { reveal: () => undefined });
    const text = main.textContent ?? '';
    expect(text).toContain('Verificaciones en esta página');
    expect(text).toContain('incluida en la extensión el 1 de diciembre de 2026');
    expect(text).toContain('1 afirmación resaltada en esta página; 1 sin encontrar.');
    expect(main.querySelector('button')?.textContent).toBe('Mostrar en la página');
    expect(main.querySelector('a')?.textContent).toBe('Leer la verificación completa');
  });
});

describe('the view models’ sentences in Spanish', () => {
  it('says whether AI software made a check', () => {
    const byline = { author: { id: 'bot', ai: true }, reviewers: [{ id: 'revisor', ai: true }] };
    expect(authorshipText([byline])).toBe(
      'En esta verificación, la investigación y la redacción las hizo un software de IA y las revisó una segunda ' +
        'revisión de IA, independiente.',
    );
  });

  it('says what the last comparison with the original found', () => {
    const changed = { verification: { status: 'changed', checkedAt: '2026-11-25T10:00:00Z', changes: [{}, {}] } };
    expect(comparisonLine(changed as never).text).toBe(
      'El original ha cambiado desde que lo guardamos: 2 pasajes son distintos',
    );
    expect(statusLabel('changed', 0.714)).toBe('cambiada (el pasaje más cercano coincide en un 71%)');
  });
});
