/**
 * The "can act as" graph (SPEC §3.4): one scenario per edge kind with the exact paths found, the
 * multi-step paths, and the cases where nothing may be reported (no gain, a narrowed grant, a
 * namespaced grant that cannot reach cluster scope).
 */
import { describe, expect, it } from 'vitest';
import { inventoryOf } from '../../src/index.js';
import type { EscalationPath } from '../../src/inventory/rbac/escalation.js';
import { binding, group, role, sa, user } from '../support/rbac.js';

const account = (ns: string, name: string, extra = ''): string => `---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${name}, namespace: ${ns} }\n${extra}`;

/** A role with these rules granted to the subjects: a Role + RoleBinding in `namespace`, else a ClusterRole + ClusterRoleBinding. */
function grant(name: string, subjects: string[], rules: string[], namespace?: string): string {
  return `---\n${role(name, rules, namespace ? { namespace } : {})}${binding(namespace ? 'RoleBinding' : 'ClusterRoleBinding', name, { name, kind: namespace ? 'Role' : 'ClusterRole' }, subjects, namespace)}`;
}

const ADMIN = '{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }';
/** `ops/boss` is cluster-admin: the identity everything below tries to reach. */
const BOSS = account('ops', 'boss') + grant('boss', [sa('boss', 'ops')], [ADMIN]);

function graph(text: string) {
  return inventoryOf([{ path: 'test.yaml', text }]).escalation;
}

const show = (p: EscalationPath): string => p.steps.map((s) => `${s.action}${s.detail ? ` (${s.detail})` : ''} → ${s.to.label}`.replace(/`/g, '')).join(' ⇒ ');

/** Every stronger identity reachable from the account, worst first, as text. */
function paths(text: string, from: string, worst = false): string[] {
  const g = graph(text);
  const [ns, name] = from.split('/') as [string, string];
  return g.pathsFrom([g.account(ns, name)], { worst }).map(show);
}

describe('edges', () => {
  it('create pods in a namespace → every ServiceAccount of it', () => {
    const text = account('ci', 'runner') + account('ci', 'deployer') + grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ci') + grant('deployer', [sa('deployer', 'ci')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }']);
    expect(paths(text, 'ci/runner')).toEqual(['create pods in namespace ci → ServiceAccount ci/deployer']);
  });

  it.each([
    ['apps', 'deployments', 'create'],
    ['apps', 'deployments', 'patch'],
    ['apps', 'daemonsets', 'update'],
    ['apps', 'statefulsets', 'create'],
    ['apps', 'replicasets', 'update'],
    ['batch', 'jobs', 'create'],
    ['batch', 'cronjobs', 'patch'],
    ['""', 'replicationcontrollers', 'update'],
  ])('%s %s %s runs pods as any account of the namespace', (g, resource, verb) => {
    const text = BOSS + grant('ops', [sa('ops', 'ops')], [`{ apiGroups: [${g}], resources: [${resource}], verbs: [${verb}] }`], 'ops');
    expect(paths(text, 'ops/ops')).toEqual([`${verb} ${resource} in namespace ops → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence`]);
  });

  it('update or patch on jobs runs nothing (a Job\'s pod template is immutable)', () => {
    const text = BOSS + grant('ops', [sa('ops', 'ops')], ['{ apiGroups: [batch], resources: [jobs], verbs: [update, patch] }'], 'ops');
    expect(paths(text, 'ops/ops')).toEqual([]);
  });

  it('exec into pods → the accounts of workloads whose pods mount their token, not the others', () => {
    const pod = (name: string, account: string, automount: string): string =>
      `---\napiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: ops }\nspec:\n  serviceAccountName: ${account}\n${automount}  containers: [{ name: c, image: x }]\n`;
    const text =
      BOSS +
      account('ops', 'quiet') +
      grant('quiet', [sa('quiet', 'ops')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }'], 'ops') +
      pod('boss-pod', 'boss', '') +
      pod('quiet-pod', 'quiet', '  automountServiceAccountToken: false\n') +
      grant('debug', [sa('debug', 'ops')], ['{ apiGroups: [""], resources: [pods/exec], verbs: [create] }'], 'ops');
    expect(paths(text, 'ops/debug')).toEqual(['exec into pods in namespace ops (pods of Pod ops/boss-pod) → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
    // `get` on pods/exec is what a WebSocket exec is checked for: the step says so, as the rule reads like read access.
    expect(paths(text.replace('resources: [pods/exec], verbs: [create]', 'resources: [pods/exec], verbs: [get]'), 'ops/debug')).toEqual([
      'exec into pods over a WebSocket (get on pods/exec) in namespace ops (pods of Pod ops/boss-pod) → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence',
    ]);
    // Narrowed to a pod name: only that pod.
    const named = text.replace('resources: [pods/exec], verbs: [create]', 'resources: [pods/exec], resourceNames: [quiet-pod], verbs: [create]');
    expect(paths(named, 'ops/debug')).toEqual([]);
  });

  it('create serviceaccounts/token → every account of the namespace; resourceNames narrow it to one', () => {
    const text = BOSS + account('ops', 'other') + grant('other', [sa('other', 'ops')], ['{ apiGroups: [""], resources: [configmaps], verbs: [create] }'], 'ops');
    const any = text + grant('minter', [sa('minter', 'ops')], ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }'], 'ops');
    expect(paths(any, 'ops/minter')).toEqual(['create serviceaccounts/token in namespace ops → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
    const one = text + grant('minter', [sa('minter', 'ops')], ['{ apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [other], verbs: [create] }'], 'ops');
    expect(paths(one, 'ops/minter')).toEqual([]);
    const boss = text + grant('minter', [sa('minter', 'ops')], ['{ apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [boss], verbs: [create] }'], 'ops');
    expect(paths(boss, 'ops/minter')).toEqual(['create serviceaccounts/token for boss in namespace ops → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
  });

  describe('reading Secrets → the accounts whose legacy token Secrets they are', () => {
    const SECRET = `---\napiVersion: v1\nkind: Secret\nmetadata: { name: boss-token, namespace: ops, annotations: { kubernetes.io/service-account.name: boss } }\ntype: kubernetes.io/service-account-token\n`;
    const reader = (rule: string): string => BOSS + SECRET + grant('reader', [sa('reader', 'ops')], [rule], 'ops');
    it.each([
      ['{ apiGroups: [""], resources: [secrets], verbs: [list] }', 'list secrets in namespace ops (Secret ops/boss-token)'],
      ['{ apiGroups: [""], resources: [secrets], verbs: [watch] }', 'watch secrets in namespace ops (Secret ops/boss-token)'],
      ['{ apiGroups: [""], resources: [secrets], verbs: [deletecollection] }', 'deletecollection secrets in namespace ops (Secret ops/boss-token)'],
      ['{ apiGroups: [""], resources: [secrets], verbs: [get] }', 'get secrets in namespace ops (Secret ops/boss-token)'],
      ['{ apiGroups: [""], resources: [secrets], verbs: [patch] }', 'patch secrets in namespace ops (Secret ops/boss-token)'],
      ['{ apiGroups: [""], resources: [secrets], resourceNames: [boss-token], verbs: [get] }', 'get Secret ops/boss-token, a token'],
    ])('%s', (rule, step) => {
      expect(paths(reader(rule), 'ops/reader')).toEqual([`${step} → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence`]);
    });
    it.each([
      ['update alone does not read', '{ apiGroups: [""], resources: [secrets], verbs: [update] }'],
      ['list narrowed by resourceNames is never allowed', '{ apiGroups: [""], resources: [secrets], resourceNames: [boss-token], verbs: [list, watch] }'],
      ['get of another Secret', '{ apiGroups: [""], resources: [secrets], resourceNames: [other], verbs: [get] }'],
    ])('nothing when %s', (_, rule) => {
      expect(paths(reader(rule), 'ops/reader')).toEqual([]);
    });
    it('a Secret of the namespace only', () => {
      const text = BOSS + SECRET + grant('reader', [sa('reader', 'ci')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }'], 'ci');
      expect(paths(text, 'ci/reader')).toEqual([]);
    });
  });

  describe('impersonation', () => {
    it('serviceaccounts (namespaced), narrowed by resourceNames', () => {
      const text = BOSS + grant('imp', [sa('imp', 'ops')], ['{ apiGroups: [""], resources: [serviceaccounts], resourceNames: [boss], verbs: [impersonate] }'], 'ops');
      expect(paths(text, 'ops/imp')).toEqual(['impersonate serviceaccounts in namespace ops → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
      expect(paths(text.replace('resourceNames: [boss]', 'resourceNames: [nobody]'), 'ops/imp')).toEqual([]);
    });
    it('users (cluster-wide only)', () => {
      const text = grant('root', [user('root')], [ADMIN]) + account('ops', 'imp') + grant('imp', [sa('imp', 'ops')], ['{ apiGroups: [""], resources: [users], verbs: [impersonate] }']);
      expect(paths(text, 'ops/imp', true)).toEqual(['impersonate users → User root ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
      // A RoleBinding cannot grant impersonation of users.
      const rb = grant('root', [user('root')], [ADMIN]) + account('ops', 'imp') + grant('imp', [sa('imp', 'ops')], ['{ apiGroups: [""], resources: [users], verbs: [impersonate] }'], 'ops');
      expect(paths(rb, 'ops/imp')).toEqual([]);
    });
    it('groups need a user to impersonate with them; system:masters is cluster-admin', () => {
      const groupsOnly = account('ops', 'imp') + grant('imp', [sa('imp', 'ops')], ['{ apiGroups: [""], resources: [groups], resourceNames: ["system:masters"], verbs: [impersonate] }']);
      expect(paths(groupsOnly, 'ops/imp')).toEqual([]);
      const withUser = groupsOnly.replace('verbs: [impersonate] }', 'verbs: [impersonate] }\n  - { apiGroups: [""], resources: [users], resourceNames: [someone], verbs: [impersonate] }');
      expect(paths(withUser, 'ops/imp', true)).toEqual(['impersonate group system:masters → Group system:masters ⇒ members of group system:masters bypass authorization → cluster-admin equivalence']);
    });
  });

  describe('bind and escalate', () => {
    it('bind on a ClusterRole plus creating RoleBindings → that role in the namespace', () => {
      const text =
        account('ci', 'binder') +
        grant('binder', [sa('binder', 'ci')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], resourceNames: [secret-reader], verbs: [bind] }', '{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create] }'], 'ci') +
        `---\n${role('secret-reader', ['{ apiGroups: [""], resources: [secrets], verbs: [get, list] }'])}`;
      expect(paths(text, 'ci/binder')).toEqual(['bind ClusterRole secret-reader in namespace ci → ClusterRole secret-reader in namespace ci']);
    });
    it('binding `view` is no escalation (the gain is nil), and neither is writing bindings without bind', () => {
      const bindView = account('ci', 'b') + grant('b', [sa('b', 'ci')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], resourceNames: [view], verbs: [bind] }', '{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create] }'], 'ci');
      expect(paths(bindView, 'ci/b')).toEqual([]);
      const writeOnly = BOSS + account('ci', 'w') + grant('w', [sa('w', 'ci')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings, clusterrolebindings], verbs: [create, update, patch] }']);
      expect(paths(writeOnly, 'ci/w')).toEqual([]);
      const bindOnly = account('ci', 'b') + grant('b', [sa('b', 'ci')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }']);
      expect(paths(bindOnly, 'ci/b')).toEqual([]);
    });
    it('bind on any ClusterRole with ClusterRoleBindings is cluster-admin equivalence itself (no path: nothing is stronger)', () => {
      const text = account('ci', 'b') + grant('b', [sa('b', 'ci')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }', '{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings], verbs: [create] }']);
      const g = graph(text);
      const n = g.account('ci', 'b');
      expect(g.isAdminEquivalent(n)).toBe(true);
      expect(g.powersOf(n)[0]!.how).toBe('bind ClusterRole `cluster-admin` to itself cluster-wide');
      expect(g.pathsFrom([n])).toEqual([]);
    });
    it('bind with only update on an existing binding: the roles of the bindings it may update', () => {
      const text =
        BOSS +
        grant('readers', [group('auditors')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }']) +
        account('ci', 'b') +
        grant('b', [sa('b', 'ci')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }', '{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings], resourceNames: [readers], verbs: [update] }']);
      expect(paths(text, 'ci/b')).toEqual(['bind ClusterRole readers with a ClusterRoleBinding → ClusterRole readers cluster-wide']);
      // The binding it may update grants cluster-admin: it is cluster-admin equivalent itself.
      const g = graph(text.replace('resourceNames: [readers]', 'resourceNames: [boss]'));
      expect(g.powersOf(g.account('ci', 'b'))[0]!.how).toBe('bind ClusterRole `boss` to itself cluster-wide');
    });
    it('escalate plus update on a Role bound to it → any permission in the namespace, and from there the namespace\'s accounts', () => {
      const text =
        BOSS +
        grant('esc', [sa('esc', 'ops')], ['{ apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [escalate, update] }'], 'ops');
      expect(paths(text, 'ops/esc', true)).toEqual([
        'escalate and update Role ops/esc, which RoleBinding ops/esc grants it → any permission in namespace ops ⇒ create pods in namespace ops → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence',
      ]);
      // Without update, escalate writes nothing.
      expect(paths(text.replace('verbs: [escalate, update]', 'verbs: [escalate]'), 'ops/esc')).toEqual([]);
    });
  });

  describe('cluster-admin equivalence', () => {
    it('a way that needs nothing else is named before updating a webhook configuration, which needs one to exist', () => {
      const how = (rules: string[]): string => {
        const g = graph(account('ops', 'x') + grant('x', [sa('x', 'ops')], rules));
        return g.powersOf(g.account('ops', 'x'))[0]!.how;
      };
      const patchMwc = '{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [patch] }';
      expect(how([patchMwc, '{ apiGroups: [""], resources: [nodes/proxy], verbs: [get] }'])).toContain('get `nodes/proxy`');
      expect(how([patchMwc.replace('[patch]', '[create, patch]'), '{ apiGroups: [""], resources: [nodes/proxy], verbs: [get] }'])).toContain('create `mutatingwebhookconfigurations`');
    });
    const via = (rule: string, ns?: string): string => account('ops', 'x') + grant('x', [sa('x', 'ops')], [rule], ns);
    it.each([
      ['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [create] }', 'create `mutatingwebhookconfigurations`'],
      ['{ apiGroups: [""], resources: [nodes/proxy], verbs: [get] }', 'get `nodes/proxy`'],
      ['{ apiGroups: [""], resources: [nodes/proxy], verbs: ["*"] }', 'get `nodes/proxy`'],
      ['{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], resourceNames: [mine], verbs: [update] }', 'update MutatingWebhookConfiguration `mine`, whose webhooks rewrite every object written'],
      ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }', 'do anything'],
    ])('%s', (rule, how) => {
      const g = graph(via(rule));
      expect(g.isAdminEquivalent(g.account('ops', 'x'))).toBe(true);
      expect(g.powersOf(g.account('ops', 'x'))[0]!.how).toContain(how);
    });
    it('CSR creation, approval and a client signer\'s approval together; not one of them alone', () => {
      const csr = ['{ apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests], verbs: [create] }', '{ apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval], verbs: [update] }'];
      const signer = (names: string): string => `{ apiGroups: [certificates.k8s.io], resources: [signers], resourceNames: [${names}], verbs: [approve] }`;
      const all = (rules: string[]): boolean => {
        const g = graph(account('ops', 'x') + grant('x', [sa('x', 'ops')], rules));
        return g.isAdminEquivalent(g.account('ops', 'x'));
      };
      expect(all([...csr, signer('kubernetes.io/kube-apiserver-client')])).toBe(true);
      expect(all([...csr, signer('"kubernetes.io/*"')])).toBe(true);
      expect(all([...csr, signer('kubernetes.io/legacy-unknown')])).toBe(true);
      expect(all([...csr, signer('kubernetes.io/kubelet-serving')])).toBe(false);
      // The kubelet client signer issues node identities only (system:node:NAME), not system:masters.
      expect(all([...csr, signer('kubernetes.io/kube-apiserver-client-kubelet')])).toBe(false);
      expect(all([csr[1]!, signer('kubernetes.io/kube-apiserver-client')])).toBe(false);
      expect(all(csr)).toBe(false);
    });
    it.each([
      ['a validating webhook sees and refuses requests but grants nothing', '{ apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations], verbs: [create, update] }', undefined],
      ['update or patch on nodes/proxy reaches only log verbosity', '{ apiGroups: [""], resources: [nodes/proxy], verbs: [update, patch, list] }', undefined],
      ['a Role never grants cluster-scoped resources', '{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }', 'ops'],
      ['a Role: mutating webhooks', '{ apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [create] }', 'ops'],
      ['a Role: nodes/proxy', '{ apiGroups: [""], resources: [nodes/proxy], verbs: [get] }', 'ops'],
    ])('not: %s', (_, rule, ns) => {
      const g = graph(via(rule, ns));
      expect(g.isAdminEquivalent(g.account('ops', 'x'))).toBe(false);
      expect(g.pathsFrom([g.account('ops', 'x')])).toEqual([]);
    });
  });
});

describe('paths', () => {
  it('multi-step: create pods → an account that mints tokens → cluster-admin', () => {
    const text =
      BOSS +
      account('ci', 'runner') +
      account('ci', 'minter') +
      grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ci') +
      grant('minter', [sa('minter', 'ci')], ['{ apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [boss], verbs: [create] }']);
    expect(paths(text, 'ci/runner', true)).toEqual([
      'create pods in namespace ci → ServiceAccount ci/minter ⇒ create serviceaccounts/token for boss cluster-wide → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence',
    ]);
    // Without `worst`, every stronger identity, worst first (ops/boss, cluster-admin equivalent, is the path through it).
    expect(paths(text, 'ci/runner')).toEqual([
      'create pods in namespace ci → ServiceAccount ci/minter ⇒ create serviceaccounts/token for boss cluster-wide → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence',
      'create pods in namespace ci → ServiceAccount ci/minter',
    ]);
  });

  it('no path where the gain is nil: the other accounts hold nothing the runner lacks', () => {
    const text =
      account('ci', 'runner') +
      account('ci', 'peer') +
      grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [pods, secrets], verbs: [create, list] }'], 'ci') +
      grant('peer', [sa('peer', 'ci')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }', '{ apiGroups: [""], resources: [configmaps], verbs: ["*"] }'], 'ci');
    expect(paths(text, 'ci/runner')).toEqual([]);
  });

  it('a namespaced grant gains only within its namespace', () => {
    const text = BOSS + grant('runner', [sa('runner', 'ci')], ['{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }'], 'ci') + account('prod', 'deployer') + grant('deployer', [sa('deployer', 'prod')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }'], 'prod');
    expect(paths(text, 'ci/runner')).toEqual([]);
    const g = graph(text);
    expect(g.powersOf(g.account('ci', 'runner')).map((p) => `${p.kind}@${p.namespace}`)).toContain('namespace-admin@ci');
    expect(g.isAdminEquivalent(g.account('ci', 'runner'))).toBe(false);
  });

  it('a cluster-wide grant reaches every namespace, kube-system\'s built-in accounts included', () => {
    const text = BOSS + account('ci', 'runner') + grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [apps], resources: [deployments], verbs: [create] }']);
    expect(paths(text, 'ci/runner', true)).toEqual(['create deployments cluster-wide → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
    // Every stronger identity: only that one. The built-in accounts of kube-system read Secrets there,
    // which a subject that runs pods in kube-system mounts anyway: no gain.
    expect(paths(text, 'ci/runner')).toEqual(['create deployments cluster-wide → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
  });

  it('no gain for a pod creator in an account that mints tokens, reads Secrets, impersonates or execs where it runs pods', () => {
    const helper = (name: string, rule: string, ns?: string): string => account('ci', name) + grant(name, [sa(name, 'ci')], [rule], ns);
    const helpers =
      helper('minter', '{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }', 'ci') +
      helper('reader', '{ apiGroups: [""], resources: [secrets], verbs: [list] }', 'ci') +
      helper('imp', '{ apiGroups: [""], resources: [serviceaccounts], verbs: [impersonate] }', 'ci') +
      helper('debug', '{ apiGroups: [""], resources: [pods/exec], verbs: [create] }', 'ci') +
      helper('wide', '{ apiGroups: [""], resources: [secrets], verbs: [list] }');
    const runner = (ns?: string): string => account('ci', 'runner') + grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], ns);
    // Running pods in ci: only the account that reads Secrets in every namespace adds something.
    expect(paths(helpers + runner('ci'), 'ci/runner')).toEqual(['create pods in namespace ci → ServiceAccount ci/wide']);
    // Running pods everywhere: nothing.
    expect(paths(helpers + runner(), 'ci/runner')).toEqual([]);
    // A token minter gains what reaches further than the accounts of ci (exec: the running pods,
    // Secrets: their data), not impersonating those same accounts.
    const lister = account('ci', 'lister') + grant('lister', [sa('lister', 'ci')], ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }'], 'ci');
    expect(paths(helpers + lister, 'ci/lister')).toEqual([
      'create serviceaccounts/token in namespace ci → ServiceAccount ci/debug',
      'create serviceaccounts/token in namespace ci → ServiceAccount ci/wide',
      'create serviceaccounts/token in namespace ci → ServiceAccount ci/reader',
    ]);
  });

  it('groups and users of the set are nodes; a grant to a group reaches its members\' powers', () => {
    const text =
      account('ci', 'runner') +
      grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [users, groups], resourceNames: [dev, devs], verbs: [impersonate] }']) +
      grant('devs', [group('devs')], ['{ apiGroups: [""], resources: [secrets], verbs: [list] }']);
    expect(paths(text, 'ci/runner')).toEqual(['impersonate group devs → Group devs']);
  });

  it('shortest paths: the one-step route wins over a longer one', () => {
    const text =
      BOSS +
      account('ci', 'runner') +
      account('ci', 'hop') +
      grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ci') +
      grant('hop', [sa('hop', 'ci')], ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }']) +
      grant('direct', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [boss], verbs: [create] }']);
    expect(paths(text, 'ci/runner', true)).toEqual(['create serviceaccounts/token for boss cluster-wide → ServiceAccount ops/boss ⇒ hold * on * cluster-wide → cluster-admin equivalence']);
  });

  it('who can reach: pathsTo lists the subjects that can become a holder, shortest first', () => {
    const text = BOSS + account('ci', 'runner') + grant('runner', [sa('runner', 'ci')], ['{ apiGroups: [""], resources: [pods], verbs: [create] }'], 'ops');
    const g = graph(text);
    const got = g.pathsTo([g.account('ops', 'boss')]).map((p) => `${p.from.label}: ${show(p)}`.replace(/`/g, ''));
    expect(got).toContain('ServiceAccount ci/runner: create pods in namespace ops → ServiceAccount ops/boss');
  });
});
