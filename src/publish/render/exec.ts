/** Running the renderers (helm, kustomize, kubectl): bounded, no shell, clear errors. */
import { execFile } from 'node:child_process';

export class RenderError extends Error {}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

/** Runs a binary found on PATH; a missing binary or a failure is a RenderError naming what was rendered. */
export function run(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; what: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; /** Output beyond this many bytes (default 512 MiB) fails the run. */ maxBytes?: number },
): Promise<ExecResult> {
  const maxBuffer = opts.maxBytes ?? 512 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      [...args],
      { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer, env: opts.env ?? process.env, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ stdout, stderr });
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` is not on PATH`));
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` wrote more than ${maxBuffer} bytes, the most saguard reads from one rendering (as from one file)`));
        }
        if (e.killed) return reject(new RenderError(`cannot render ${opts.what}: \`${cmd}\` did not finish in ${Math.round((opts.timeoutMs ?? 120_000) / 1000)} s`));
        const detail = (stderr || stdout || e.message).trim().split('\n').slice(-15).join('\n');
        reject(new RenderError(`cannot render ${opts.what}: \`${cmd} ${args.join(' ')}\` failed:\n${detail}`));
      },
    );
  });
}

/** Whether a binary is on PATH (and runs). */
export async function available(cmd: string, args: readonly string[] = ['version']): Promise<boolean> {
  try {
    await run(cmd, args, { cwd: process.cwd(), what: cmd, timeoutMs: 20_000 });
    return true;
  } catch {
    return false;
  }
}
