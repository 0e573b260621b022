// Mocha 12 ships its command-line helpers as .cjs files (mocha/lib/cli/run-helpers.cjs, options.cjs);
// @stryker-mutator/mocha-runner 9 requires them without an extension, and require only tries .js,
// .json and .node. Letting it try .cjs as well (same loader as .js) is all the runner needs.
// Loaded by stryker.config.mjs, in its own process and (through NODE_OPTIONS) in every child.
require.extensions['.cjs'] ??= require.extensions['.js'];
