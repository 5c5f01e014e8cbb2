/**
 * `virtual:factcheck/config` and `virtual:factcheck/project-context`: the resolved options, and where Astro
 * keeps its cache, as modules pages and components import (typed in virtual-modules.d.ts). Plain JSON: the
 * options are small and fixed for the life of a build or dev server (Astro restarts it when astro.config.mjs
 * changes). The tests serve the same modules with the real site's options (tests/vitest.config.ts).
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/integrations/virtual-user-config.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { FactcheckConfig } from './options.ts';

export const CONFIG_MODULE = 'virtual:factcheck/config';
export const PROJECT_MODULE = 'virtual:factcheck/project-context';
/** The /methodology/ page's prose: the site's own MDX file (the `methodology` option), or the engine's. */
export const METHODOLOGY_MODULE = 'virtual:factcheck/methodology';
const DEFAULT_METHODOLOGY = fileURLToPath(new URL('../prose/methodology.mdx', import.meta.url));

export interface ProjectContext {
  /** Astro's `cacheDir`, as a path. */
  readonly cacheDir: string;
  /** The site's folder, which the `methodology` option is relative to. */
  readonly root?: string;
}

export function configModulePlugin(config: FactcheckConfig, project: ProjectContext): Plugin {
  const modules: Record<string, string> = {
    [CONFIG_MODULE]: `export default ${JSON.stringify(config)};`,
    [PROJECT_MODULE]: `export default ${JSON.stringify(project)};`,
  };
  const methodology = config.methodology ? path.resolve(project.root ?? '.', config.methodology) : DEFAULT_METHODOLOGY;
  return {
    name: 'factcheck-config',
    // The prose resolves to its real file, so the MDX pipeline renders it as any page's MDX.
    resolveId: (id) => (id === METHODOLOGY_MODULE ? methodology : id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
  };
}
