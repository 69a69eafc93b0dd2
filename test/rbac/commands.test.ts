/** saguard who-can and access, and can-i's explanations, on the conformance manifests. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/publish/cli/main.js';

const FILE = path.join(__dirname, 'conformance.yaml');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => '', cwd: path.resolve(__dirname, '..', '..'), env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe('who-can', () => {
  it('lists every subject with its binding and role', async () => {
    const r = await run(['who-can', 'get', 'secrets/db-creds', '-n', 'team-b', '-f', FILE]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').map((l) => l.split(/\s{2,}/))).toEqual([
      ['SUBJECT', 'BINDING', 'ROLE'],
      ['ServiceAccount team-b/app', 'ClusterRoleBinding crb-named-secrets', 'ClusterRole named-secrets'],
      ['User *', 'ClusterRoleBinding crb-star-user', 'ClusterRole star-all'],
      ['Group *', 'ClusterRoleBinding crb-star-user', 'ClusterRole star-all'],
      ['Group system:masters', 'ClusterRoleBinding cluster-admin (built-in)', 'ClusterRole cluster-admin (built-in)'],
      ['User system:kube-controller-manager', 'ClusterRoleBinding system:kube-controller-manager (built-in)', 'ClusterRole system:kube-controller-manager (built-in)'],
      ['User uma', 'RoleBinding team-b/rb-admin', 'ClusterRole admin (built-in)'],
      ['(members of group system:masters may do anything: they bypass authorization)'],
    ]);
  });
  it('-o json, and a RoleBinding that would grant elsewhere is not listed', async () => {
    const r = await run(['who-can', 'create', 'deployments.apps', '-n', 'team-a', '-f', FILE, '-o', 'json', '--no-builtins']);
    const subjects = JSON.parse(r.out).subjects.map((s: { subject: { kind: string; name: string; namespace: string | null }; binding: { name: string } }) => `${s.subject.kind} ${s.subject.namespace ?? ''}/${s.subject.name} via ${s.binding.name}`);
    expect(subjects).toEqual(['User /* via crb-star-user', 'Group /* via crb-star-user', 'ServiceAccount team-a/ci via rb-deployer', 'User /alice via rb-deployer', 'User /nina via rb-star']);
  });
  it('non-resource URLs only through ClusterRoleBindings (bob\'s RoleBinding to the same role does not count)', async () => {
    const r = await run(['who-can', 'get', '/metrics', '-f', FILE, '--no-builtins', '-o', 'json']);
    expect(JSON.parse(r.out).subjects.map((s: { subject: { name: string } }) => s.subject.name)).toEqual(['carol']);
  });
});

describe('access', () => {
  it('prints the matrix of one subject in a namespace', async () => {
    const r = await run(['access', '--as', 'alice', '-n', 'team-a', '-f', FILE, '--no-builtins']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('alice (system:authenticated) in namespace team-a');
    expect(lines[1]).toMatch(/^RESOURCE\s+GET\s+LIST\s+WATCH\s+CREATE\s+UPDATE\s+PATCH\s+DELETE\s+DELCOL\s*$/);
    expect(lines.find((l) => l.startsWith('deployments.apps '))).toMatch(/^deployments\.apps\s+✔\s+✖\s+✖\s+✔\s+✖\s+✖\s+✖\s+✖/);
    expect(lines.find((l) => l.startsWith('deployments/scale.apps '))).toMatch(/✖\s+✖\s+✖\s+✖\s+✔\s+✖\s+✖\s+✖/);
    expect(lines.find((l) => l.startsWith('secrets '))).toMatch(/^secrets\s+(✖\s+){8}$/);
  });
  it('-o json, cluster-wide, with the resources the subject\'s rules name', async () => {
    const r = await run(['access', '--as', 'frank', '-f', FILE, '-o', 'json', '--no-builtins']);
    const m = JSON.parse(r.out);
    expect(m.namespace).toBeNull();
    const cm = m.resources.find((x: { resource: string }) => x.resource === 'configmaps');
    expect(cm.verbs).toEqual({ get: true, list: true, watch: false, create: false, update: false, patch: false, delete: false, deletecollection: false });
  });
});

describe('argument errors', () => {
  it.each([
    [['can-i', 'get', 'pods', '-f', FILE], 'can-i needs --as USER'],
    [['can-i', 'get', '--as', 'a', '-f', FILE], 'can-i takes VERB and TYPE[/NAME] or VERB and /URL'],
    [['who-can', 'get', 'pods'], 'who-can needs the manifests: -f PATH'],
    [['access', '-f', FILE], 'access needs --as USER'],
    [['can-i', 'get', '/healthz', '-n', 'x', '--as', 'a', '-f', FILE], 'a non-resource URL takes no --namespace or --subresource'],
    [['can-i', 'get', 'pods', '--as', 'a', '-f', FILE, '-o', 'yaml'], '-o takes text or json'],
    [['can-i', 'get', 'pods', '--as', 'a', '-f', 'missing.yaml'], 'cannot read missing.yaml'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
