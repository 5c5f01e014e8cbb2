/**
 * The deploy starts warm (issue 17): the build job restores the build caches before `npm run build`, under a key
 * that changes with the renderers and the locked dependencies, and saves each run under its own key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const cacheIndex = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
const cache = steps[cacheIndex];

describe('the deploy workflow', () => {
  it('restores the build caches before building', () => {
    expect(cache).toBeDefined();
    expect(cacheIndex).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
    expect(cacheIndex).toBeGreaterThan(steps.findIndex((step) => step.run?.startsWith('npm ci')));
    // Astro's cache folder (its default `cacheDir`): share cards and rendered explanations.
    expect(cache!.with!['path']).toBe('node_modules/.astro');
  });

  it('keys them by the renderers and package-lock.json, one key per run under a shared prefix', () => {
    const key = cache!.with!['key']!;
    const prefix = cache!.with!['restore-keys']!;
    for (const input of ['package-lock.json', 'src/cards/*.ts', 'src/markdown/*.ts']) expect(key).toContain(input);
    expect(key).toContain('github.run_id');
    expect(key.startsWith(prefix)).toBe(true);
    expect(prefix).not.toContain('run_id');
  });
});
