// The `saguard` command. `--version` and `--help` are answered before the scan pipeline is loaded.
import { immediateAnswer, parseArgs } from './publish/cli/args.js';

const argv = process.argv.slice(2);
let answer: string | undefined;
try {
  answer = immediateAnswer(parseArgs(argv));
} catch {
  // main reports usage errors
}
if (answer !== undefined) process.stdout.write(answer);
else {
  const { main, nodeIO } = await import('./publish/cli/main.js');
  process.exitCode = await main(argv, nodeIO());
}
