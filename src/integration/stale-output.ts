/**
 * A build empties its output folder before it checks the content, so a build that stops leaves no `dist/` from an
 * earlier run behind: a deploy step that uploads whatever is in `dist/` must find nothing, not last week's site.
 * (Astro empties the folder itself only once it starts writing pages, after the content check.)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function removeStaleOutput(outDir: URL, root: URL): void {
  const out = fileURLToPath(outDir);
  const project = fileURLToPath(root);
  // Never the project itself or a folder holding it, whatever the configuration says.
  const fromOut = path.relative(out, project);
  const holdsProject = fromOut === '' || (!fromOut.startsWith('..') && !path.isAbsolute(fromOut));
  if (!holdsProject) rmSync(out, { recursive: true, force: true });
}
