import { describe, it } from 'vitest';
import { runCase, type Case } from '../support/helpers.js';
import { at, role } from '../support/rbac.js';

const code = (rule: string) => role('x', [rule], { namespace: 'shop' });
const verb = code('{ apiGroups: [""], resources: [pods], verbs: [get, read, lsit] }');
const singular = code('{ apiGroups: [""], resources: [pod, secret, endpoint], verbs: [get] }');
const wrongGroup = code('{ apiGroups: [""], resources: [deployments], verbs: [get] }');
const typo = code('{ apiGroups: [apps], resources: [deploymnets, statefulset/scale], verbs: [get] }');
const caseTypo = code('{ apiGroups: [""], resources: [Pods], verbs: [get] }');

const cases: Case[] = [
  {
    name: 'verbs outside the known set, with a suggestion when close',
    code: verb,
    errors: [
      { messageId: 'verb', ...at(verb, 5, 'read'), message: '`read` of this rule of Role `shop/x` is not a Kubernetes verb, so' },
      { messageId: 'verb', ...at(verb, 5, 'lsit'), message: '(did you mean `list`?)' },
    ],
  },
  {
    name: 'singular core resources',
    code: singular,
    errors: [
      { messageId: 'singular', ...at(singular, 5, 'pod'), message: '`pods`' },
      { messageId: 'singular', ...at(singular, 5, 'secret'), message: '`secrets`' },
      { messageId: 'singular', ...at(singular, 5, 'endpoint'), message: '`endpoints`' },
    ],
  },
  { name: 'a known resource under the wrong group', code: wrongGroup, errors: [{ messageId: 'wrongGroup', ...at(wrongGroup, 5, 'deployments'), message: 'it is in apps' }] },
  {
    name: 'misspelled resources',
    code: typo,
    errors: [
      { messageId: 'typo', ...at(typo, 5, 'deploymnets'), message: 'did you mean `deployments`?' },
      { messageId: 'typo', ...at(typo, 5, 'statefulset/scale'), message: '`statefulsets/scale`' },
    ],
  },
  { name: 'case matters', code: caseTypo, errors: [{ messageId: 'typo', ...at(caseTypo, 5, 'Pods'), message: '`pods`' }] },
  { name: 'valid: custom resources and custom verbs of other groups are not judged', code: code('{ apiGroups: [example.com], resources: [widget], verbs: [frobnicate] }'), errors: [] },
  { name: 'valid: a rule mixing groups where one has the resource', code: code('{ apiGroups: ["", apps], resources: [pods, deployments], verbs: [get] }'), errors: [] },
  { name: 'valid: impersonation targets and node subresources', code: code('{ apiGroups: [""], resources: [users, groups, nodes/stats, nodes/metrics], verbs: [impersonate, get] }'), errors: [] },
  { name: 'valid: wildcards', code: code('{ apiGroups: [""], resources: ["*", "*/status"], verbs: ["*"] }'), errors: [] },
];

describe('rbac-unknown-verb-or-resource', () => {
  it.each(cases)('$name', (c) => runCase('rbac-unknown-verb-or-resource', c));
});
