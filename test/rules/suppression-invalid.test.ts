import { describe, expect, it } from 'vitest';
import { configOf, runCase, scan, yaml, type Case } from '../support/helpers.js';

/** A Deployment running as `default` (a default-service-account finding) with the given annotation lines. */
const deploy = (annotations: string, template: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    '  namespace: shop',
    '  annotations:',
    annotations,
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    template,
    '    spec:',
    '      automountServiceAccountToken: false',
    '      containers: [{ name: api, image: example/api:1.0 }]',
    '',
  ].join('\n');
const A = (s: string) => `    ${s}`;
const T = (s: string) => `          ${s}`;
const NONE = A('team: shop');

const IGNORE_DEFAULT = yaml`
  ignore:
    - rule: default-service-account
      object: Deployment/shop/api
`;

const cases: Case[] = [
  {
    name: 'an annotation without a reason (it still suppresses)',
    code: deploy(A('saguard.dev/ignore: default-service-account'), T('team: shop')),
    errors: [{ messageId: 'noReason', line: 7, column: 5, level: 'warning', path: ['metadata', 'annotations', 'saguard.dev/ignore'], message: 'suppresses `default-service-account` on Deployment `shop/api` without a reason' }],
  },
  {
    name: 'a blank reason is no reason',
    code: deploy(`${A('saguard.dev/ignore: default-service-account')}\n${A('saguard.dev/ignore-reason: "  "')}`, T('team: shop')),
    errors: [{ messageId: 'noReason', line: 7, column: 5 }],
  },
  {
    name: 'on the pod template, without a reason',
    code: deploy(NONE, T('saguard.dev/ignore: default-service-account')),
    errors: [{ messageId: 'noReason', line: 12, column: 11, path: ['spec', 'template', 'metadata', 'annotations', 'saguard.dev/ignore'] }],
  },
  {
    name: 'a misspelled rule id, at its column, with a suggestion',
    code: deploy(`${A('saguard.dev/ignore: "default-service-account, token-automont"')}\n${A('saguard.dev/ignore-reason: accepted')}`, T('team: shop')),
    errors: [{ messageId: 'unknownRule', line: 7, column: 51, message: '`token-automont`, which is not a saguard rule (did you mean `token-automount`?)' }],
  },
  {
    name: 'an unknown word far from every rule id',
    code: deploy(`${A('saguard.dev/ignore: kube-linter-all')}\n${A('saguard.dev/ignore-reason: accepted')}`, T('team: shop')),
    errors: [{ messageId: 'unknownRule', line: 7, column: 25, message: 'is not a saguard rule, so nothing' }],
  },
  { name: 'an empty list of rules', code: deploy(A('saguard.dev/ignore: ""'), T('team: shop')), errors: [{ messageId: 'empty', line: 7, column: 25 }] },
  {
    name: 'not a string (the API server rejects it)',
    code: deploy(A('saguard.dev/ignore: true'), T('team: shop')),
    errors: [{ messageId: 'notString', line: 7, column: 25, message: '`saguard.dev/ignore` is `true`, not a string' }],
  },
  {
    name: 'a suppression rule cannot be suppressed',
    code: deploy(`${A('saguard.dev/ignore: suppression-unused')}\n${A('saguard.dev/ignore-reason: noise')}`, T('team: shop')),
    errors: [{ messageId: 'cannotSuppress', line: 7, column: 25 }],
  },
  {
    name: 'a reason without the annotation it explains',
    code: deploy(A('saguard.dev/ignore-reason: accepted by the platform team'), T('team: shop')),
    errors: [{ messageId: 'reasonWithoutIgnore', line: 7, column: 5 }],
  },
  {
    name: 'a configured entry without a reason: on the entry in .saguard.yaml',
    code: deploy(NONE, T('team: shop')),
    config: configOf(IGNORE_DEFAULT),
    errors: [{ messageId: 'configNoReason', line: 2, column: 5, file: '.saguard.yaml', level: 'warning', message: 'ignore entry for `default-service-account` on `Deployment/shop/api` has no `reason`' }],
  },
  {
    name: 'a configured entry past its date: on its expires value',
    code: deploy(NONE, T('team: shop')),
    config: configOf(`${IGNORE_DEFAULT}    reason: migrating to its own account\n    expires: 2026-01-31\n`, { today: '2026-02-01' }),
    errors: [{ messageId: 'expired', line: 5, column: 14, file: '.saguard.yaml', message: 'expired on 2026-01-31, so its findings are reported again' }],
  },
  { name: 'valid: with a reason', code: deploy(`${A('saguard.dev/ignore: default-service-account')}\n${A('saguard.dev/ignore-reason: accepted')}`, T('team: shop')), errors: [] },
  { name: 'valid: on the template, with a reason', code: deploy(NONE, `${T('saguard.dev/ignore: all')}\n${T('saguard.dev/ignore-reason: legacy app, INC-7')}`), errors: [] },
  {
    name: 'valid: a configured entry with a reason, on its last day',
    code: deploy(NONE, T('team: shop')),
    config: configOf(`${IGNORE_DEFAULT}    reason: migrating\n    expires: 2026-01-31\n`, { today: '2026-01-31' }),
    errors: [],
  },
];

describe('suppression-invalid', () => {
  it.each(cases)('$name', (c) => runCase('suppression-invalid', c));

  it('a reasonless annotation still suppresses; an expired entry does not', () => {
    const reasonless = scan(deploy(A('saguard.dev/ignore: default-service-account'), T('team: shop'))).find((f) => f.ruleId === 'default-service-account');
    expect(reasonless?.suppression).toEqual({ kind: 'inSource', justification: '', source: 'annotation' });
    const expired = scan(deploy(NONE, T('team: shop')), configOf(`${IGNORE_DEFAULT}    reason: migrating\n    expires: 2026-01-31\n`, { today: '2026-02-01' }));
    expect(expired.find((f) => f.ruleId === 'default-service-account')?.suppression).toBeUndefined();
  });

  it('turned off, it reports nothing and suppressions still apply', () => {
    const found = scan(deploy(A('saguard.dev/ignore: default-service-account'), T('team: shop')), { rules: { 'suppression-invalid': 'off' } });
    expect(found.filter((f) => f.ruleId === 'suppression-invalid')).toEqual([]);
    expect(found.find((f) => f.ruleId === 'default-service-account')?.suppression?.source).toBe('annotation');
  });
});
