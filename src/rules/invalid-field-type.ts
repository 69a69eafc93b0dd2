import { defineRule } from './rule.js';

const ARTICLE: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean',
  integer: 'an integer',
  number: 'a number',
  list: 'a list',
  map: 'a map',
  null: 'null',
};

export default defineRule({
  id: 'invalid-field-type',
  meta: {
    title: 'Field of the wrong type',
    description: 'A field saguard reads has a type the API server rejects, such as `"false"` (a string) where a boolean belongs, or a map where a list belongs.',
    level: 'error',
    tags: ['input'],
    precision: 'very-high',
    messages: {
      quotedScalar: '`{field}` is the string `"{shown}"` but the API server expects {expected}; write `{shown}` without quotes',
      yaml11: '`{field}` is {actual} `{shown}` (YAML 1.1 reads it so) but the API server expects {expected}; quote it',
      scalar: '`{field}` is {actual} `{shown}` but the API server expects {expected}',
      other: '`{field}` is {actual} but the API server expects {expected}',
    },
    remediation: 'Write the field with the type the Kubernetes API expects: booleans and numbers without quotes, names as strings, lists as `- item` sequences.',
    references: ['https://kubernetes.io/docs/reference/kubernetes-api/'],
    docs: {
      rationale:
        'Kubernetes decodes manifests with YAML 1.1 rules and then checks types. `automountServiceAccountToken: "false"` is a string and is rejected, while `serviceAccountName: no` is the boolean `false` and is rejected too. Linters that compare text see `false` and `no` and guess; saguard reads the values as the API server does and reports the ones it would refuse.',
      failing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: "false"
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
  late: true,
  check(o, ctx) {
    for (const issue of ctx.inventory.reader.issues) {
      if (issue.object !== o) continue;
      const last = issue.path[issue.path.length - 1];
      const field = typeof last === 'number' ? `${String(issue.path[issue.path.length - 2])}[${last}]` : String(last);
      const data = { field, expected: ARTICLE[issue.expected]!, actual: ARTICLE[issue.actual]!, shown: issue.shown ?? '' };
      let messageId = 'other';
      if (issue.shown !== undefined) {
        const written = issue.written;
        if (issue.actual === 'string' && ((issue.expected === 'boolean' && isBoolText(issue.shown)) || (issue.expected === 'integer' && /^-?\d+$/.test(issue.shown)))) {
          messageId = 'quotedScalar';
        } else if (issue.actual === 'boolean' && issue.expected === 'string' && written !== undefined && !/^(true|false)$/i.test(written)) {
          messageId = 'yaml11';
          data.shown = written;
        } else messageId = 'scalar';
      }
      ctx.report({ messageId, data, path: issue.path });
    }
  },
});

const isBoolText = (s: string): boolean => s === 'true' || s === 'false';
