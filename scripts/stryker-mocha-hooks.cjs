// Mocha root hooks for `npm run mutate` only (stryker.config.mjs → mochaOptions.require).
// The unit tests Stryker runs are esbuild bundles that embed the (instrumented) sources, and out/
// is not a project file Stryker can diff: when a passing test reports its file, Stryker's
// incremental differ treats every test as removed and re-added, and reuses no result at all.
// Without a file name it identifies tests by their full titles, so a rerun only tests mutants in
// changed code and mutants that a new (newly named) test covers.
exports.mochaHooks = {
  beforeEach() {
    if (this.currentTest) {
      this.currentTest.file = undefined;
    }
  },
};
