/** The weekly link-health workflow parses, runs on a schedule and by hand, and runs the README command. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/fixture-case.ts';

const COMMAND = 'npm run links -- --write';

interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
}

describe('.github/workflows/links.yml', () => {
  const text = readFileSync(path.join(ROOT, '.github/workflows/links.yml'), 'utf8');
  const workflow = parse(text) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('is valid YAML that runs weekly and by hand', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '17 6 * * 1' }]);
    expect('workflow_dispatch' in workflow.on).toBe(true);
    // Each job names its own rights (tests/cli/workflows.test.ts): the write rights belong to `propose` alone.
    expect(workflow.permissions).toEqual({});
  });

  it('runs the README command and proposes the changed files in a pull request', () => {
    expect(steps.some((step) => step.run?.includes(COMMAND))).toBe(true);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(COMMAND);
    const pr = steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with?.['add-paths']).toContain('content/link-status.json');
  });
});
