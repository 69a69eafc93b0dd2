import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, binding, role, sa } from '../support/rbac.js';

const RB = binding('RoleBinding', 'd', { name: 'd' }, [sa('ci')], 'shop');
const code = (rule: string) => role('d', [rule]) + RB;
const exec = code('{ apiGroups: [""], resources: [pods, pods/exec], verbs: [create] }');
const starExec = code('{ apiGroups: [""], resources: ["*/exec"], verbs: [get] }');
const eph = code('{ apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch] }');
const pf = code('{ apiGroups: [""], resources: [pods/portforward, pods/attach], verbs: [get] }');

const cases: Case[] = [
  { name: 'create pods/exec', code: exec, errors: [{ messageId: 'grant', ...at(exec, 5, 'pods/exec'), path: ['rules', 0, 'resources', 1] }] },
  { name: '*/exec is every resource\'s exec', code: starExec, errors: [{ messageId: 'grant', ...at(starExec, 5, '"*/exec"') }] },
  { name: 'patch pods/ephemeralcontainers', code: eph, errors: [{ messageId: 'grant', ...at(eph, 5, 'pods/ephemeralcontainers') }] },
  { name: 'get pods/portforward (older clients use get over WebSocket)', code: pf, errors: [{ messageId: 'grant', ...at(pf, 5, 'pods/portforward') }] },
  { name: 'valid: pods/* is not a wildcard', code: code('{ apiGroups: [""], resources: ["pods/*"], verbs: [create, get] }'), errors: [] },
  { name: 'valid: pods does not cover pods/exec', code: code('{ apiGroups: [""], resources: [pods], verbs: [create, get] }'), errors: [] },
  { name: 'valid: get pods/ephemeralcontainers only reads', code: code('{ apiGroups: [""], resources: [pods/ephemeralcontainers, pods/log], verbs: [get] }'), errors: [] },
];

describe('pod-exec', () => {
  it.each(cases)('$name', (c) => runCase('pod-exec', c));
});
