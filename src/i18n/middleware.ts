/**
 * Hands every page and endpoint the interface's words as `Astro.locals.t`, as Starlight does: components read
 * `const { t } = Astro.locals` and import nothing, and a test renders a component in another language by passing
 * another translator in `locals`. Registered by the integration (src/integration/factcheck.ts).
 * @see https://docs.astro.build/en/guides/middleware/
 */
import { defineMiddleware } from 'astro:middleware';
import { activeTranslator } from './active.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.t = activeTranslator();
  return next();
});
