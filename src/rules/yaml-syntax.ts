import { defineRule } from './rule.js';

export default defineRule({
  id: 'yaml-syntax',
  meta: {
    title: 'YAML that does not parse',
    description: 'A document that looks like a Kubernetes object is not valid YAML, or exceeds the limits saguard sets on untrusted input (alias expansion, nesting, 4 MiB in one document).',
    level: 'error',
    tags: ['input'],
    precision: 'very-high',
    messages: {
      syntax: 'the document does not parse: {detail}',
      limit: 'the document is refused: {detail}',
    },
    remediation: 'Fix the YAML at the reported position; `kubectl apply --dry-run=client -f FILE` shows the same error.',
    references: ['https://yaml.org/spec/1.1/'],
    docs: {
      rationale:
        'A manifest that does not parse is not applied, and nothing in it can be checked. saguard reports syntax errors only for documents that look like Kubernetes objects (top-level `apiVersion:` and `kind:`); other YAML files are skipped. Alias expansion is bounded so that a "billion laughs" document ends as this finding rather than exhausting memory.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  labels: { app: api
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
  labels: { app: api }
automountServiceAccountToken: false
`,
    },
  },
  checkDocument(d, ctx) {
    const p = d.problems[0];
    // `internal` is saguard's own failure, reported by unscanned-input.
    if (!p || p.code === 'internal' || !d.looksLikeObject) return;
    ctx.report({ messageId: p.code === 'syntax' ? 'syntax' : 'limit', data: { detail: p.message }, start: p.start, end: p.end });
  },
});
