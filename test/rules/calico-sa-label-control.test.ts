import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, group, role, sa } from '../support/rbac.js';

const gnp = `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: { name: restrict-intern-access }\nspec:\n  serviceAccountSelector: role == "intern"\n`;
const viaEdit = gnp + binding('RoleBinding', 'devs', { name: 'edit' }, [group('dev-team')], 'dev');
const viaRole = gnp + '---\n' + role('sa-labeler', ['{ apiGroups: [""], resources: [serviceaccounts], verbs: [patch] }']) + binding('ClusterRoleBinding', 'labeler', { name: 'sa-labeler' }, [sa('labeler', 'ops')]);

const cases: Case[] = [
  { name: 'edit may update ServiceAccounts of its namespace', code: viaEdit, errors: [{ messageId: 'control', ...at(viaEdit, 5, 'role'), message: 'Group `dev-team` (through RoleBinding `dev/devs`)' }] },
  { name: 'a ClusterRole that patches ServiceAccounts', code: viaRole, errors: [{ messageId: 'control', ...at(viaRole, 5, 'role'), message: 'ServiceAccount `ops/labeler`' }] },
  { name: 'valid: nobody in the set may relabel accounts', code: gnp + binding('RoleBinding', 'devs', { name: 'view' }, [group('dev-team')], 'dev'), errors: [] },
  { name: 'valid: selecting by name is not label-based', code: gnp.replace('role == "intern"', 'projectcalico.org/name == "intern"') + binding('RoleBinding', 'devs', { name: 'edit' }, [group('dev-team')], 'dev'), errors: [] },
];

describe('calico-sa-label-control', () => {
  it.each(cases)('$name', (c) => runCase('calico-sa-label-control', c));
});
