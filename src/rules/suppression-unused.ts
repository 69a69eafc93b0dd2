import { defineRule } from './rule.js';

/** Reported by the suppression stage of `analyze/`, like `suppression-invalid`. */
export default defineRule({
  id: 'suppression-unused',
  meta: {
    title: 'Suppression that matches no finding',
    description: 'A `saguard.dev/ignore` annotation or an `ignore:` entry of `.saguard.yaml` that suppresses nothing: the problem was fixed, or the suppression names the wrong rule, object or path.',
    level: 'note',
    tags: ['suppressions', 'input'],
    precision: 'high',
    messages: {
      inline: '`saguard.dev/ignore` suppresses `{rule}` but {object} has no such finding; remove it from the annotation',
      inlineAll: '`saguard.dev/ignore: all` suppresses nothing on {object}; remove the annotation',
      config: 'ignore entry for `{rules}` on {target} matches no finding; remove it, or correct its `rule`, `object` or `path`',
      configRule: 'ignore entry for `{rules}` on {target} matches no finding of `{rule}`; remove `{rule}` from its `rule` list',
    },
    remediation: 'Remove the suppression, or correct the rule id, object or path so that it names the finding it was written for.',
    references: ['https://github.com/saguard/saguard/blob/main/docs/configuration.md#suppressions'],
    docs: {
      rationale:
        'Suppressions outlive the problems they were written for. A stale one is harmless until the same problem comes back and is silently accepted without anyone deciding it again; one that names the wrong rule or object never suppressed what its author meant. Suppressions of rules turned `off` are not reported (nothing could match them). An `ignore:` entry is judged against the whole scan: when one configuration serves several scans (matrix shards), entries for objects of the other shards are reported; give each shard its own configuration, or turn this rule off there.',
      failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    saguard.dev/ignore: token-automount
    saguard.dev/ignore-reason: the API client needs the token
spec:
  template:
    spec:
      serviceAccountName: default
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
      passing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    spec:
      serviceAccountName: default
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
    },
  },
});
