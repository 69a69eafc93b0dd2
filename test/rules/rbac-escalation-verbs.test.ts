import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('op', 'ops')]);
const code = (rule: string) => role('x', [rule]) + CRB;
const bind = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [roles, clusterroles], verbs: [bind] }');
const named = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], resourceNames: [view], verbs: [bind] }');
const imp = code('{ apiGroups: [""], resources: [serviceaccounts], verbs: [impersonate] }');
const uid = code('{ apiGroups: [authentication.k8s.io], resources: [userextras/scopes], verbs: [impersonate] }');
const unbound = role('x', ['{ apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [escalate] }']);

const cases: Case[] = [
  { name: 'bind on roles', code: bind, errors: [{ messageId: 'escalate', ...at(bind, 5, 'roles'), level: 'error' }] },
  { name: 'bind narrowed by resourceNames is still reported (it hands out that role)', code: named, errors: [{ messageId: 'escalate', ...at(named, 5, 'clusterroles'), level: 'error' }] },
  { name: 'impersonate serviceaccounts', code: imp, errors: [{ messageId: 'impersonate', ...at(imp, 5, 'serviceaccounts'), level: 'error' }] },
  { name: 'impersonate userextras/<key>', code: uid, errors: [{ messageId: 'impersonate', ...at(uid, 5, 'userextras/scopes') }] },
  { name: 'not bound: a warning', code: unbound, errors: [{ messageId: 'escalate', ...at(unbound, 5, 'roles'), level: 'warning' }] },
  { name: 'valid: bind is checked on roles, not on bindings', code: code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings, clusterrolebindings], verbs: [bind, escalate] }'), errors: [] },
  { name: 'valid: impersonate on users of another group', code: code('{ apiGroups: [example.com], resources: [users], verbs: [impersonate] }'), errors: [] },
];

describe('rbac-escalation-verbs', () => {
  it.each(cases)('$name', (c) => runCase('rbac-escalation-verbs', c));
});
