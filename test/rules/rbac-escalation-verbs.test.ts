import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const CRB = binding('ClusterRoleBinding', 'x', { name: 'x' }, [sa('op', 'ops')]);
const code = (rule: string) => role('x', [rule]) + CRB;
const bind = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [roles, clusterroles], verbs: [bind] }');
const bindNamed = (names: string, extra = '') => code(`{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], resourceNames: [${names}], verbs: [bind] }`) + extra;
const bindEdit = bindNamed('view, edit');
const bindMissing = bindNamed('team-viewer');
const bindOwn = bindNamed('deployer', '---\n' + role('deployer', ['{ apiGroups: [apps], resources: [deployments], verbs: [create] }']));
const escalateNamed = code('{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], resourceNames: [view], verbs: [escalate] }');
const RB = binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('op')], 'ops');
const inRole = (rule: string) => role('x', [rule], { namespace: 'ops' }) + RB;
const roleBindsClusterRoles = inRole('{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }');
const roleImpersonatesAccounts = inRole('{ apiGroups: [""], resources: [users, serviceaccounts], verbs: [impersonate] }');
const imp = code('{ apiGroups: [""], resources: [serviceaccounts], verbs: [impersonate] }');
const uid = code('{ apiGroups: [authentication.k8s.io], resources: [userextras/scopes], verbs: [impersonate] }');
const unbound = role('x', ['{ apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [escalate] }']);

const cases: Case[] = [
  { name: 'bind on roles', code: bind, errors: [{ messageId: 'escalate', ...at(bind, 5, 'roles'), level: 'error' }] },
  // Item 4: bind narrowed by resourceNames is rated by the roles named.
  { name: 'bind narrowed to edit hands out Secrets and pods (error, naming the role)', code: bindEdit, errors: [{ messageId: 'bindStrong', ...at(bindEdit, 5, 'clusterroles'), level: 'error', message: '`edit` may ' }] },
  { name: 'bind narrowed to a role that is not in the scanned files: a warning, one up bound cluster-wide', code: bindMissing, errors: [{ messageId: 'bindUnknown', ...at(bindMissing, 5, 'clusterroles'), level: 'error', message: '`team-viewer`, which is neither in the scanned files nor built in' }] },
  { name: 'bind narrowed to a role of the set that runs pods', code: bindOwn, errors: [{ messageId: 'bindStrong', ...at(bindOwn, 5, 'clusterroles'), level: 'error', message: 'may run pods as any ServiceAccount' }] },
  { name: 'escalate narrowed: any permission into the roles named (a warning, one up bound cluster-wide)', code: escalateNamed, errors: [{ messageId: 'escalateNamed', ...at(escalateNamed, 5, 'clusterroles'), level: 'error' }] },
  { name: 'escalate narrowed, not bound: a note', code: role('x', ['{ apiGroups: [rbac.authorization.k8s.io], resources: [roles], resourceNames: [r], verbs: [escalate] }']), errors: [{ messageId: 'escalateNamed', line: 5, column: 59, level: 'note' }] },
  { name: 'valid: bind narrowed to view is no escalation', code: bindNamed('view'), errors: [] },
  { name: 'valid: `*` in resourceNames is a literal name (no role is called `*`)', code: bindNamed('"*"'), errors: [] },
  // Item 6: namespaced grants only.
  { name: 'a Role may bind ClusterRoles in its namespace (bind is checked there)', code: roleBindsClusterRoles, errors: [{ messageId: 'escalate', ...at(roleBindsClusterRoles, 5, 'clusterroles'), level: 'error' }] },
  { name: 'a Role may impersonate ServiceAccounts of its namespace, not users', code: roleImpersonatesAccounts, errors: [{ messageId: 'impersonate', ...at(roleImpersonatesAccounts, 5, 'serviceaccounts'), level: 'error' }] },
  { name: 'valid: a Role cannot escalate ClusterRoles or impersonate users and groups', code: inRole('{ apiGroups: ["", rbac.authorization.k8s.io], resources: [clusterroles, users, groups], verbs: [escalate, impersonate] }'), errors: [] },
  { name: 'impersonate serviceaccounts', code: imp, errors: [{ messageId: 'impersonate', ...at(imp, 5, 'serviceaccounts'), level: 'error' }] },
  { name: 'impersonate userextras/<key>', code: uid, errors: [{ messageId: 'impersonate', ...at(uid, 5, 'userextras/scopes') }] },
  { name: 'not bound: a warning', code: unbound, errors: [{ messageId: 'escalate', ...at(unbound, 5, 'roles'), level: 'warning' }] },
  { name: 'valid: bind is checked on roles, not on bindings', code: code('{ apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings, clusterrolebindings], verbs: [bind, escalate] }'), errors: [] },
  { name: 'valid: impersonate on users of another group', code: code('{ apiGroups: [example.com], resources: [users], verbs: [impersonate] }'), errors: [] },
];

describe('rbac-escalation-verbs', () => {
  it.each(cases)('$name', (c) => runCase('rbac-escalation-verbs', c));
});
