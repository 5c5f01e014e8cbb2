/**
 * The cards wing has one public surface: outside src/cards (and outside its own tests, which test its parts),
 * every import of a card module goes through src/cards/index.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-case.ts';

const CARDS = path.join(ROOT, 'src/cards');
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.output', 'fixtures', '.git']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|mts|mjs|astro|mdx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file names: static imports and re-exports, `import()`, and `new URL(…, import.meta.url)`. */
function namedModules(text: string): string[] {
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

describe('the cards wing', () => {
  it('is reached from outside only through src/cards/index.ts', () => {
    const outside = [
      ...sourceFiles(path.join(ROOT, 'src')).filter((file) => !file.startsWith(`${CARDS}${path.sep}`)),
      ...sourceFiles(path.join(ROOT, 'tests')).filter((file) => !file.startsWith(path.join(ROOT, 'tests/cards'))),
      path.join(ROOT, 'astro.config.mjs'),
    ];
    const reachingIn = outside.flatMap((file) =>
      namedModules(readFileSync(file, 'utf8'))
        .filter((name) => name.startsWith('.'))
        .map((name) => path.resolve(path.dirname(file), name))
        .filter((target) => target.startsWith(`${CARDS}${path.sep}`) && target !== path.join(CARDS, 'index.ts'))
        .map((target) => `${path.relative(ROOT, file)} -> ${path.relative(ROOT, target)}`),
    );
    expect(outside.length).toBeGreaterThan(100);
    expect(reachingIn).toEqual([]);
  });
});
