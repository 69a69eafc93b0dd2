import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'x', { name: 'x', kind: 'Role' }, [sa('gw')], 'shop');
const code = (rule: string) => role('x', [rule], { namespace: 'shop' }) + RB;
const any = code('{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }');
const named = code('{ apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [api], verbs: [create] }');

const cases: Case[] = [
  { name: 'create serviceaccounts/token', code: any, errors: [{ messageId: 'grant', ...at(any, 5, 'serviceaccounts/token'), level: 'warning' }] },
  { name: 'bound nowhere: a note', code: role('x', ['{ apiGroups: [""], resources: [serviceaccounts/token], verbs: [create] }'], { namespace: 'shop' }), errors: [{ messageId: 'grant', line: 5, column: 36, level: 'note' }] },
  { name: 'narrowed to one account: still a token for it (the subresource carries the name), a note', code: named, errors: [{ messageId: 'named', ...at(named, 5, 'serviceaccounts/token'), level: 'note', message: 'for `api`' }] },
  { name: 'valid: reading accounts', code: code('{ apiGroups: [""], resources: [serviceaccounts], verbs: [get, create] }'), errors: [] },
];

describe('token-request', () => {
  it.each(cases)('$name', (c) => runCase('token-request', c));
});
