// Preloaded (`node --import`) into the processes the bench times: on exit, writes the process's own
// resource usage (peak RSS, CPU) as JSON to file descriptor 3, which the bench opens as a pipe.
import fs from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  try {
    fs.writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  } catch {
    // not started by the bench
  }
});
