// Which test files need an engine: the one list that splits the suite in two (vitest.config.ts).
// `npm run test:unit` runs every other test file, in parallel, with no engine and no bundles
// (test/support/no-engine.ts makes docker, podman, skopeo and the registry fail there);
// `npm run test:engine` runs these, one file at a time, against a real engine and the
// bundles built from the current sources (test/support/test-bundles.ts). A file belongs
// here when it builds or reads images in an engine, runs the CLI or action bundles, or
// starts podman, skopeo or a registry; test/habits/test-split.test.ts checks that every
// test file is in exactly one of the two and that no unit test imports the engine or
// bundle helpers.
export const ENGINE_TEST_FILES = [
  'test/action/analyze.test.ts',
  'test/action/audit.test.ts',
  'test/action/baseline-artifact.test.ts',
  'test/action/pull-request.test.ts',
  'test/analysis/hints-engine.test.ts',
  'test/analysis/package-hints-engine.test.ts',
  'test/analysis/packages-engine.test.ts',
  'test/analysis/runtime-hints-engine.test.ts',
  'test/baseline/baseline.test.ts',
  'test/budget/packages-engine.test.ts',
  'test/cli/analyze-files.test.ts',
  'test/cli/analyze.test.ts',
  'test/cli/audit.test.ts',
  'test/cli/check-platforms.test.ts',
  'test/cli/check.test.ts',
  'test/cli/compare.test.ts',
  'test/cli/startup.test.ts',
  'test/compare/corpus.test.ts',
  'test/compare/images.test.ts',
  'test/hostile/archive.test.ts',
  'test/hostile/engine.test.ts',
  'test/hostile/registry.test.ts',
  'test/image/archive.test.ts',
  'test/image/engine-export.test.ts',
  'test/image/registry.test.ts',
  'test/image/stores.test.ts',
  'test/report/package-prs-engine.test.ts'
]
