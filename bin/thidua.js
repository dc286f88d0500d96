#!/usr/bin/env node
// The package's `thidua` command: runs the TypeScript sources through tsx.
require("tsx/cjs/api").register();
require("../src/cli/thidua.ts");
