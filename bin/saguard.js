#!/usr/bin/env node
// The CLI, bundled (npm run build:dist); src/cli.ts is its source.
import '../dist/cli/index.js';
