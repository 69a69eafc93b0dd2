/** Escalation paths in the outputs: mapped back to the sources, as SARIF code flows, in the CLI. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';

const ROOT = path.resolve(__dirname, '..', '..');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: ROOT, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe('escalation paths through kustomize', () => {
  it('each step of a code flow lands in the resource file that grants it, not in the rendered output', async () => {
    const r = await run(['scan', '--kustomize', 'test/rbac/escalation-kustomize', '--format', 'sarif', '--fail-on', 'none']);
    expect(r.err).toBe('');
    const result = JSON.parse(r.out).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'escalation-path');
    const where = (l: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }) => `${l.physicalLocation!.artifactLocation.uri}:${l.physicalLocation!.region.startLine}`;
    expect(where(result.locations[0])).toBe('test/rbac/escalation-kustomize/runner.yaml:12');
    expect(result.codeFlows[0].threadFlows[0].locations.map((l: { location: Parameters<typeof where>[0] }) => where(l.location))).toEqual([
      'test/rbac/escalation-kustomize/runner.yaml:12',
      'test/rbac/escalation-kustomize/rbac.yaml:7',
      'test/rbac/escalation-kustomize/rbac.yaml:22',
    ]);
  }, 60_000);
});
