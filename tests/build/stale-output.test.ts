import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleOutput } from '../../src/integration/stale-output.ts';

const base = mkdtempSync(path.join(os.tmpdir(), 'stale-output-'));
const project = path.join(base, 'site');
afterAll(() => rmSync(base, { recursive: true, force: true }));
const url = (folder: string) => pathToFileURL(`${folder}/`);

describe('emptying the output folder before a build', () => {
  it('removes an earlier build inside the project or elsewhere', () => {
    for (const out of [path.join(project, 'dist'), path.join(base, 'elsewhere')]) {
      mkdirSync(path.join(out, 'claims'), { recursive: true });
      removeStaleOutput(url(out), url(project));
      expect(existsSync(out), out).toBe(false);
    }
  });

  it('never removes the project or a folder that holds it', () => {
    mkdirSync(path.join(project, 'src'), { recursive: true });
    removeStaleOutput(url(project), url(project));
    removeStaleOutput(url(base), url(project));
    expect(existsSync(path.join(project, 'src'))).toBe(true);
  });
});
