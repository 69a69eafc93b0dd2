import { main, nodeIO } from './publish/cli/main.js';
process.exitCode = await main(process.argv.slice(2), nodeIO());
