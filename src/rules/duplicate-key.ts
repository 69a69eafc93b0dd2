import { defineRule } from './rule.js';
import { MAX_DUPLICATES_PER_DOCUMENT } from '../load/yaml.js';

export default defineRule({
  id: 'duplicate-key',
  meta: {
    title: 'Duplicated mapping key',
    description: 'A mapping repeats a key. The API server\'s strict field validation rejects it; lenient decoding keeps the last value and hides the first.',
    level: 'error',
    tags: ['input'],
    precision: 'very-high',
    messages: {
      duplicate: 'key `{key}` repeats an earlier key of the same mapping; the last value wins and the first is silently ignored, so keep one',
      more: 'key `{key}` repeats an earlier key of the same mapping, and so do {count} more keys of this document from here on (saguard lists the first {limit}); the last values win, so keep one of each',
    },
    remediation: 'Remove one of the two keys, keeping the value that is meant.',
    references: ['https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation'],
    docs: {
      rationale:
        'With duplicate keys, what a reviewer reads is not what the cluster gets: `automountServiceAccountToken: false` followed further down by `automountServiceAccountToken: true` mounts the token. Helm templates and hand merges produce such documents easily. saguard reads the last value, like the lenient decoder, and reports the repetition.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
automountServiceAccountToken: true
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
`,
    },
  },
  checkDocument(d, ctx) {
    if (d.problems.length > 0) return;
    for (const dup of d.duplicates) {
      ctx.report({
        // Past the per-document bound, one finding counts the rest.
        ...(dup.more !== undefined ? { messageId: 'more', data: { key: dup.key, count: dup.more - 1, limit: MAX_DUPLICATES_PER_DOCUMENT } } : { messageId: 'duplicate', data: { key: dup.key } }),
        start: dup.start,
        end: dup.end,
        related: [{ start: dup.firstStart, end: dup.firstEnd, label: `first \`${dup.key}\`` }],
      });
    }
  },
});
