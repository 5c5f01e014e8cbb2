/**
 * Least privilege in CI (issue 26): no job that runs npm (every dependency's install script, the build, the tests,
 * the crawl of cited pages) holds a write permission, no checkout leaves its token in .git/config, and every action
 * is pinned to a full commit SHA with its release in a comment, so a moved tag cannot change what runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkStatusChanged } from '../../src/links/status-changes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDER = path.join(ROOT, '.github/workflows');

type Permissions = Record<string, string> | string | undefined;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  permissions?: Permissions;
  steps?: Step[];
}

interface Workflow {
  permissions?: Permissions;
  jobs: Record<string, Job>;
}

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const PINNED_LINE = /^\s*(?:-\s+)?uses:\s+\S+@[0-9a-f]{40} # v\d+(?:\.\d+)*$/;

function grantsWrite(permissions: Permissions): boolean {
  if (permissions === undefined) return true; // The repository's default may be write-all.
  if (typeof permissions === 'string') return permissions !== 'read-all';
  return Object.values(permissions).some((level) => level === 'write');
}

const runsNpm = (job: Job) => (job.steps ?? []).some((step) => /\b(?:npm|npx|node)\b/.test(step.run ?? ''));

/** Every breach of the rules above in one workflow, as `job: what`. */
function breaches(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const found: string[] = [];
  if (workflow.permissions === undefined || grantsWrite(workflow.permissions)) {
    found.push('workflow: top-level permissions must be set and grant no write ({} or read)');
  }
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const permissions = job.permissions ?? workflow.permissions;
    if (runsNpm(job) && grantsWrite(permissions)) found.push(`${name}: runs npm with a write permission`);
    for (const step of job.steps ?? []) {
      if (step.uses && !step.uses.startsWith('./') && !PINNED.test(step.uses)) {
        found.push(`${name}: ${step.uses} is not pinned to a 40-hex commit SHA`);
      }
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        found.push(`${name}: checkout without persist-credentials: false`);
      }
    }
  }
  for (const line of text.split('\n').filter((line) => /^\s*(?:-\s+)?uses:/.test(line))) {
    if (!line.includes('uses: ./') && !PINNED_LINE.test(line)) found.push(`"${line.trim()}" has no "# vX.Y.Z" tag`);
  }
  return found;
}

const files = readdirSync(FOLDER).filter((file) => /\.ya?ml$/.test(file));

describe('GitHub workflows', () => {
  it('finds the workflows', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'links.yml']);
  });

  it.each(files)('%s: no npm with write rights, no persisted token, every action pinned to a SHA', (file) => {
    expect(breaches(readFileSync(path.join(FOLDER, file), 'utf8'))).toEqual([]);
  });

  it('catches a job that runs npm with write rights, a tag-pinned action and a persisted token', () => {
    const hostile = [
      'permissions:',
      '  contents: write',
      'jobs:',
      '  links:',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: npm install',
      '      - uses: peter-evans/create-pull-request@271a8d0340265f705b14b6d32b9829c1cb33d45e',
    ].join('\n');
    expect(breaches(hostile)).toEqual([
      'workflow: top-level permissions must be set and grant no write ({} or read)',
      'links: runs npm with a write permission',
      'links: actions/checkout@v4 is not pinned to a 40-hex commit SHA',
      'links: checkout without persist-credentials: false',
      '"- uses: actions/checkout@v4" has no "# vX.Y.Z" tag',
      '"- uses: peter-evans/create-pull-request@271a8d0340265f705b14b6d32b9829c1cb33d45e" has no "# vX.Y.Z" tag',
    ]);
  });

  it('installs with npm ci, which installs only what the lockfile records and checks every integrity hash', () => {
    for (const file of files) {
      const text = readFileSync(path.join(FOLDER, file), 'utf8');
      expect(text, file).not.toMatch(/npm install\b(?! script)/);
      expect(text, file).toContain('npm ci');
    }
  });

  it('gives write rights only to jobs that run no npm: deploy publishes, propose opens the pull request', () => {
    const writers = files.flatMap((file) => {
      const workflow = parse(readFileSync(path.join(FOLDER, file), 'utf8')) as Workflow;
      return Object.entries(workflow.jobs)
        .filter(([, job]) => grantsWrite(job.permissions ?? workflow.permissions))
        .map(([name]) => `${file}:${name}`);
    });
    expect(writers.sort()).toEqual(['deploy.yml:deploy', 'links.yml:propose']);
  });
});

describe('the weekly link check', () => {
  const workflow = parse(readFileSync(path.join(FOLDER, 'links.yml'), 'utf8')) as Workflow & {
    jobs: Record<string, Job & { if?: string; outputs?: Record<string, string> }>;
  };

  it('opens a pull request only when the check found something besides new check dates', () => {
    expect(workflow.jobs['check']?.outputs?.['changed']).toBe('${{ steps.changes.outputs.changed }}');
    expect(workflow.jobs['propose']?.if).toBe("needs.check.outputs.changed == 'true'");
    const step = workflow.jobs['check']?.steps?.find((candidate) => candidate.run?.includes('link-status-changed'));
    expect(step?.run).toContain('>> "$GITHUB_OUTPUT"');
  });

  const entry = (url: string, status: string, checkedAt: string) => ({
    url,
    status,
    httpStatus: 200,
    finalUrl: null,
    contentType: 'html',
    archivedUrl: null,
    checkedAt,
    usedBy: ['content/citations/a.yaml'],
  });
  const file = (...entries: object[]) => `${JSON.stringify(entries, null, 2)}\n`;
  const lastWeek = file(entry('https://a.test/', 'ok', '2026-11-30T06:17:00Z'), entry('https://b.test/', 'ok', 'x'));

  it.each([
    [
      'only the check dates changed',
      file(entry('https://b.test/', 'ok', 'y'), entry('https://a.test/', 'ok', 'z')),
      false,
    ],
    ['a status changed', file(entry('https://a.test/', 'dead', 'z'), entry('https://b.test/', 'ok', 'y')), true],
    ['a link was added', file(entry('https://a.test/', 'ok', 'z')), true],
  ])('%s', async (_name, thisWeek, changed) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'link-status-'));
    writeFileSync(path.join(dir, 'before.json'), lastWeek);
    writeFileSync(path.join(dir, 'after.json'), thisWeek);
    const run = spawnSync(
      process.execPath,
      ['src/cli/link-status-changed.ts', 'before.json', 'after.json'].map((arg, index) =>
        index === 0 ? path.join(ROOT, arg) : path.join(dir, arg),
      ),
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`changed=${changed}\n`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts a first file as a change', () => {
    expect(linkStatusChanged(undefined, lastWeek)).toBe(true);
    expect(linkStatusChanged('', lastWeek)).toBe(true);
    expect(linkStatusChanged(lastWeek, lastWeek)).toBe(false);
  });
});
