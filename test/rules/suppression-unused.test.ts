import { describe, it } from 'vitest';
import { configOf, runCase, type Case } from '../support/helpers.js';

/** A Deployment running as `default` with its token off: default-service-account reports it, token-automount does not. */
const deploy = (annotations: string[], template: string[] = ['team: shop']) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    '  namespace: shop',
    '  annotations:',
    ...annotations.map((a) => `    ${a}`),
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    ...template.map((a) => `        ${a}`),
    '    spec:',
    '      automountServiceAccountToken: false',
    '      containers: [{ name: api, image: example/api:1.0 }]',
    '',
  ].join('\n');
const REASON = 'saguard.dev/ignore-reason: accepted by the platform team';

const cases: Case[] = [
  {
    name: 'a rule that reports nothing on the object, at its column',
    code: deploy(['saguard.dev/ignore: "default-service-account,token-automount"', REASON]),
    errors: [{ messageId: 'inline', line: 7, column: 50, level: 'note', path: ['metadata', 'annotations', 'saguard.dev/ignore'], message: 'suppresses `token-automount` but Deployment `shop/api` has no such finding' }],
  },
  {
    name: 'on the pod template',
    code: deploy(['team: shop'], ['saguard.dev/ignore: token-automount', REASON]),
    errors: [{ messageId: 'inline', line: 12, column: 29, path: ['spec', 'template', 'metadata', 'annotations', 'saguard.dev/ignore'] }],
  },
  {
    name: 'all, on an object without findings',
    code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: settings\n  annotations:\n    saguard.dev/ignore: all\n    saguard.dev/ignore-reason: x\ntype: Opaque\n',
    errors: [{ messageId: 'inlineAll', line: 6, column: 25 }],
  },
  {
    name: 'a configured entry that matches no object: on the entry',
    code: deploy(['team: shop']),
    config: configOf('ignore:\n  - rule: default-service-account\n    object: Deployment/shop/web\n    reason: accepted\n'),
    errors: [{ messageId: 'config', line: 2, column: 5, file: '.saguard.yaml', message: 'ignore entry for `default-service-account` on `Deployment/shop/web` matches no finding' }],
  },
  {
    name: 'a configured entry whose path matches no file',
    code: deploy(['team: shop']),
    config: configOf('ignore:\n  - rule: [default-service-account]\n    path: charts/**\n    reason: vendored\n'),
    errors: [{ messageId: 'config', line: 2, column: 5, file: '.saguard.yaml', message: 'on files `charts/**` matches no finding' }],
  },
  {
    name: 'object and path must both match',
    code: deploy(['team: shop']),
    config: configOf('ignore:\n  - rule: default-service-account\n    object: Deployment/*/api\n    path: other.yaml\n    reason: accepted\n'),
    errors: [{ messageId: 'config', line: 2, column: 5, file: '.saguard.yaml', message: 'on `Deployment/*/api` in files `other.yaml`' }],
  },
  {
    name: 'a rule of a configured list that matches nothing: on its item of the list',
    code: deploy(['team: shop']),
    config: configOf('ignore:\n  - rule: [default-service-account, token-automount]\n    object: Deployment/shop/api\n    reason: accepted\n'),
    errors: [
      {
        messageId: 'configRule',
        line: 2,
        column: 37,
        file: '.saguard.yaml',
        message: 'ignore entry for `default-service-account, token-automount` on `Deployment/shop/api` matches no finding of `token-automount`; remove `token-automount` from its `rule` list',
      },
    ],
  },
  {
    name: 'valid: a rule of the list that is off is not judged',
    code: deploy(['team: shop']),
    config: configOf('rules:\n  token-automount: off\nignore:\n  - rule: [default-service-account, token-automount]\n    object: Deployment/shop/api\n    reason: accepted\n'),
    errors: [],
  },
  {
    name: 'the same annotation with another reason on a second object is judged on its own',
    code: `${deploy(['saguard.dev/ignore: default-service-account', REASON])}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: shop\n  annotations:\n    saguard.dev/ignore: default-service-account\n    saguard.dev/ignore-reason: another decision\n`,
    errors: [{ messageId: 'inline', line: 24, column: 25 }],
  },
  {
    name: 'valid: one annotation copied onto several objects (commonAnnotations) is used when one of them has the finding',
    code: `${deploy(['saguard.dev/ignore: default-service-account', REASON])}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: shop\n  annotations:\n    saguard.dev/ignore: default-service-account\n    ${REASON}\n`,
    errors: [],
  },
  { name: 'valid: the annotation suppresses a finding', code: deploy(['saguard.dev/ignore: default-service-account', REASON]), errors: [] },
  { name: 'valid: all, used', code: deploy(['team: shop'], ['saguard.dev/ignore: all', REASON]), errors: [] },
  {
    name: 'valid: the rule is off, so its suppressions are not judged',
    code: deploy(['saguard.dev/ignore: token-automount', REASON]),
    config: configOf('rules:\n  token-automount: off\nignore:\n  - rule: token-automount\n    object: Deployment/api\n    reason: x\n'),
    errors: [],
  },
  {
    name: 'valid: a configured entry by object glob and by path',
    code: deploy(['team: shop']),
    config: configOf('ignore:\n  - rule: default-service-account\n    object: Deploy*/api\n    reason: a\n  - rule: default-service-account\n    path: "*.yaml"\n    reason: b\n'),
    errors: [],
  },
  {
    name: 'valid: an expired entry is reported as expired, not as unused',
    code: deploy(['team: shop']),
    config: configOf('ignore:\n  - rule: default-service-account\n    object: Deployment/shop/web\n    reason: a\n    expires: 2020-01-01\n'),
    errors: [],
  },
];

describe('suppression-unused', () => {
  it.each(cases)('$name', (c) => runCase('suppression-unused', c));
});
