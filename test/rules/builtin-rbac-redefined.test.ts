import { describe, expect, it } from 'vitest';
import { runCase, scan, type Case } from '../support/helpers.js';
import { at, binding, group, role, sa } from '../support/rbac.js';
import { inventoryOf } from '../../src/index.js';
import { impersonate } from '../../src/inventory/rbac/request.js';

const PROTECTED = 'annotations: { rbac.authorization.kubernetes.io/autoupdate: "false" }';
const protect = (code: string, name: string) => code.replace(`metadata: { name: ${name} }`, `metadata: { name: ${name}, ${PROTECTED} }`);

const narrowsView = role('view', ['{ apiGroups: [""], resources: [pods], verbs: [get] }']);
const widensBasicUser = role('system:basic-user', ['{ apiGroups: [""], resources: [secrets], verbs: [get, list] }']);
const replacesEdit = protect(role('edit', ['{ apiGroups: [""], resources: [configmaps], verbs: [get] }']), 'edit');
const replacesViewWithPods = protect(role('view', ['{ apiGroups: [""], resources: [pods], verbs: [create] }']), 'view');
const sameBinding = binding('ClusterRoleBinding', 'system:basic-user', { name: 'system:basic-user' }, [group('system:authenticated')]).slice(4);
const otherRef = binding('ClusterRoleBinding', 'system:discovery', { name: 'cluster-admin' }, [sa('x', 'y')]).slice(4);
const protectedBinding = protect(sameBinding, 'system:basic-user');

// Item 1: bootstrap roles and bindings come back at start-up unless annotated autoupdate "false".
const cases: Case[] = [
  { name: 'a ClusterRole named view cannot narrow it (warning, on the name)', code: narrowsView, errors: [{ messageId: 'role', ...at(narrowsView, 3, 'view'), level: 'warning', path: ['metadata', 'name'] }] },
  { name: 'a system: role widened with Secrets: an error', code: widensBasicUser, errors: [{ messageId: 'widens', ...at(widensBasicUser, 3, 'system:basic-user'), level: 'error', message: 'adds the rights to read Secrets' }] },
  { name: 'autoupdate "false" replaces the built-in role', code: replacesEdit, errors: [{ messageId: 'replaces', ...at(replacesEdit, 3, 'edit'), level: 'warning' }] },
  { name: 'autoupdate "false" replacing view with pod creation: an error', code: replacesViewWithPods, errors: [{ messageId: 'replaces', ...at(replacesViewWithPods, 3, 'view'), level: 'error', message: 'they add the rights to run pods as any ServiceAccount' }] },
  { name: 'a binding named like a built-in one', code: sameBinding, errors: [{ messageId: 'binding', ...at(sameBinding, 3, 'system:basic-user'), level: 'warning', message: 'resets its roleRef to ClusterRole `system:basic-user`' }] },
  { name: 'a binding named like a built-in one, to another role', code: otherRef, errors: [{ messageId: 'binding', ...at(otherRef, 3, 'system:discovery'), level: 'warning' }] },
  { name: 'a protected binding replaces the built-in one', code: protectedBinding, errors: [{ messageId: 'bindingReplaces', ...at(protectedBinding, 3, 'system:basic-user'), level: 'warning' }] },
  { name: 'valid: a role of its own name', code: role('shop-viewer', ['{ apiGroups: [""], resources: [pods], verbs: [get] }']), errors: [] },
  { name: 'valid: a Role named view in a namespace is not the built-in ClusterRole', code: role('view', ['{ apiGroups: [""], resources: [pods], verbs: [get] }'], { namespace: 'shop' }), errors: [] },
  { name: 'valid: a system: name the API server does not create', code: role('system:shop-reader', ['{ apiGroups: [""], resources: [pods], verbs: [get] }']), errors: [] },
  { name: 'valid: without the built-ins nothing is redefined', code: narrowsView, config: { builtins: false }, errors: [] },
];

describe('builtin-rbac-redefined', () => {
  it.each(cases)('$name', (c) => runCase('builtin-rbac-redefined', c));

  it('evaluates a redefined role as the reconciled union, and a protected one as written', () => {
    const user = impersonate('system:serviceaccount:shop:app', []);
    const req = { kind: 'resource' as const, verb: 'get', apiGroup: '', resource: 'services', subresource: '', name: '', namespace: 'shop' };
    const bind = binding('RoleBinding', 'v', { name: 'view' }, [sa('app')], 'shop');
    // `view` reads services; the narrowed redefinition gets that back at start-up.
    expect(inventoryOf([{ path: 'a.yaml', text: narrowsView + bind }]).rbac.authorize(user, req).allowed).toBe(true);
    expect(inventoryOf([{ path: 'a.yaml', text: protect(narrowsView, 'view') + bind }]).rbac.authorize(user, req).allowed).toBe(false);
    // The widened system:basic-user lets every authenticated user read Secrets.
    const secrets = { ...req, resource: 'secrets' };
    expect(inventoryOf([{ path: 'a.yaml', text: widensBasicUser }]).rbac.authorize(user, secrets).allowed).toBe(true);
  });

  it('does not count a redefined binding twice', () => {
    const req = { kind: 'resource' as const, verb: 'create', apiGroup: 'authorization.k8s.io', resource: 'selfsubjectaccessreviews', subresource: '', name: '', namespace: '' };
    const rows = (text: string) => inventoryOf([{ path: 'a.yaml', text }]).rbac.whoCan(req).filter((r) => r.subject.name === 'system:authenticated' && r.binding.name === 'system:basic-user');
    expect(rows('').map((r) => r.binding.builtin)).toEqual([true]);
    expect(rows(sameBinding).map((r) => r.binding.builtin)).toEqual([false]);
    // With the set's subjects only, the built-in ones still come back (start-up reconciliation adds them).
    const partial = binding('ClusterRoleBinding', 'system:basic-user', { name: 'system:basic-user' }, [group('team')]).slice(4);
    expect(rows(partial).map((r) => r.binding.builtin)).toEqual([true]);
    expect(rows(protect(partial, 'system:basic-user'))).toEqual([]);
    expect(scan(sameBinding).filter((f) => f.ruleId === 'anonymous-binding')).toHaveLength(0);
  });
});
