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
      ["(kube-controller-manager's per-controller accounts, kube-system ServiceAccounts bound to the system:controller:* ClusterRoles, are not modelled: the bootstrap data has no such roles)"],
    ]);
  });
  it('-n with a cluster-scoped resource: a warning, and the request is cluster-wide', async () => {
    const r = await run(['who-can', 'get', 'nodes', '-n', 'team-a', '-f', FILE, '-o', 'json']);
    expect(r.err).toBe('saguard: warning: resource nodes is not namespace scoped; -n team-a is ignored\n');
    const out = JSON.parse(r.out);
    expect(out.request.namespace).toBe('');
    // nina holds * on * through a RoleBinding in team-a: not for nodes.
    expect(out.subjects.map((s: { subject: { name: string } }) => s.subject.name)).not.toContain('nina');
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
  it('in a namespace, cluster-scoped resources are left out and counted', async () => {
    const r = await run(['access', '--as', 'nina', '-n', 'team-a', '-f', FILE, '--no-builtins']);
    const rows = r.out.split('\n').map((l) => l.split(/\s+/)[0]);
    expect(rows).toContain('secrets');
    for (const cluster of ['nodes', 'nodes/proxy', 'persistentvolumes', 'namespaces', 'clusterroles.rbac.authorization.k8s.io', 'customresourcedefinitions.apiextensions.k8s.io']) expect(rows).not.toContain(cluster);
    expect(r.out).toMatch(/\(\d+ cluster-scoped resources left out: requests on them carry no namespace; run without -n to see them\)\n$/);
    const all = await run(['access', '--as', 'nina', '-f', FILE, '--no-builtins']);
    expect(all.out.split('\n').map((l) => l.split(/\s+/)[0])).toContain('nodes');
  });
  it('--as with groups and no user name', async () => {
    const r = await run(['access', '--as', '', '--as-group', 'devs', '-n', 'team-a', '-f', FILE, '--no-builtins']);
    expect(r.out.split('\n')[0]).toBe('(no user) (devs) in namespace team-a');
    expect(r.out.split('\n').find((l) => l.startsWith('pods '))).toMatch(/^pods\s+✔/);
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
    [['can-i', 'get', 'pods', '-f', FILE], "can-i needs --as USER (offline, there is no current user; --as '' with --as-group asks about groups only)"],
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
