import { defineRule } from './rule.js';

/**
 * Reported by the suppression stage of `analyze/` (it reads `saguard.dev/ignore` annotations and the
 * configuration's `ignore:` entries), not by a check of its own.
 */
export default defineRule({
  id: 'suppression-invalid',
  meta: {
    title: 'Suppression without a reason, expired, or naming no rule',
    description:
      'A `saguard.dev/ignore` annotation or an `ignore:` entry of `.saguard.yaml` that gives no reason, is past its `expires` date, or names something that is not a saguard rule.',
    level: 'warning',
    tags: ['suppressions', 'input'],
    precision: 'very-high',
    messages: {
      noReason: '`saguard.dev/ignore` suppresses `{rules}` on {object} without a reason; say why in `saguard.dev/ignore-reason`',
      unknownRule: '`saguard.dev/ignore` names `{rule}`, which is not a saguard rule{hint}, so nothing is suppressed for it; write rule ids as `saguard rules` lists them',
      empty: '`saguard.dev/ignore` on {object} names no rule; list rule ids separated by commas, or write `all`',
      notString: '`{annotation}` is {shown}, not a string; the API server accepts only string annotations, so quote it',
      cannotSuppress: '`saguard.dev/ignore` names `{rule}`, whose findings cannot be suppressed; set `{rule}: off` under `rules:` in `.saguard.yaml` instead',
      reasonWithoutIgnore: '`saguard.dev/ignore-reason` is set on {object} without `saguard.dev/ignore`, so nothing is suppressed; add the rule ids it is meant for',
      configNoReason: 'ignore entry for `{rules}` on {target} has no `reason`; say why its findings are accepted',
      expired: 'ignore entry for `{rules}` on {target} expired on {expires}, so its findings are reported again; fix them, or set a later `expires` if the reason still holds',
    },
    remediation:
      'Give every suppression a reason (`saguard.dev/ignore-reason`, or `reason:` in `.saguard.yaml`), spell rule ids as `saguard rules` lists them, and renew or remove expired entries.',
    references: ['https://github.com/saguard/saguard/blob/main/docs/configuration.md#suppressions'],
    docs: {
      rationale:
        'A suppression is a decision that a risk is accepted; without the reason, the next reader cannot tell an informed exception from a way to make the build pass. A suppression without a reason still suppresses (the finding is in the SARIF log as suppressed), and this finding takes its place. An `ignore:` entry past its `expires` date stops suppressing: its findings come back, and this finding says why. A misspelled rule id suppresses nothing. Findings of `suppression-invalid` and `suppression-unused` cannot be suppressed themselves; set their level in `.saguard.yaml`.',
      failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    saguard.dev/ignore: default-service-account
spec:
  template:
    spec:
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
      passing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    saguard.dev/ignore: default-service-account
    saguard.dev/ignore-reason: "the shop namespace's default account has no grants and no token (INC-4711)"
spec:
  template:
    spec:
      automountServiceAccountToken: false
      containers: [{ name: api, image: example/api:1.0 }]
`,
    },
  },
});
