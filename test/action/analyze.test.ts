// The action's dist/index.js run the way a runner runs it: INPUT_* variables (with
// action.yml defaults), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageReport } from '../../src/report/types.js';
import { baseLayerBytes, buildFixture, engineSize } from '../support/engine.js';
import { runAction } from '../support/run.js';

describe('action: layer report', () => {
  let tag: string;
  beforeAll(() => {
    tag = buildFixture('split-layers', 'buildkit');
  });

  it('reads an engine image: outputs, the report file and the job summary', () => {
    const run = runAction({ image: tag });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::error::');
    const total = baseLayerBytes() + 67416077;
    expect(run.outputs['total-bytes']).toBe(String(total));
    expect(run.outputs['report-path']).toBe(`${run.dir}/image-size-budget/image-size-budget-report.json`);
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as ImageReport;
    expect(report.totalBytes).toBe(total);
    expect(report.layers.filter((l) => !l.empty).map((l) => l.sizeBytes)).toEqual([baseLayerBytes(), 67108864, 0, 13, 307200, 0]);
    expect(run.summary).toContain(`6 layers, ${total} bytes, linux/amd64.`);
    expect(run.summary).toContain('| 2 | 67.1 MB | 96.7% | RUN mkdir -p /opt/build-deps &amp;&amp; dd if=/dev/zero of=/opt/build-deps/toolchain.bin bs=1M count=48');
  });

  it('builds from dockerfile + context + build-args inputs', () => {
    const run = runAction(
      { image: 'isb-test/action-build:1', dockerfile: 'test/fixtures/split-layers/Dockerfile', context: 'test/fixtures/split-layers', 'build-args': 'TOOLCHAIN=3\n' },
      { DOCKER_BUILDKIT: '0' },
    );
    expect(run.status).toBe(0);
    expect(run.outputs['total-bytes']).toBe(String(engineSize('isb-test/action-build:1')));
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as ImageReport;
    expect(report.layers[2].buildArgs).toEqual({ TOOLCHAIN: '3' });
  });

  it('a missing image fails the step with one ::error:: line and no stack trace', () => {
    const run = runAction({ image: 'isb-test/absent:1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::image "isb-test/absent:1" is not in the Docker engine.');
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(run.outputs).toEqual({});
  });
});
