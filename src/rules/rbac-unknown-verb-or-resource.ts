import { closest, isBuiltinGroup, KNOWN_VERBS, resourceProblem } from '../inventory/rbac/catalog.js';
import { defineRule } from './rule.js';
import { eachOwnRule, isRole, reportOnRole } from './_rbac.js';

const groupName = (g: string): string => (g === '' ? '"" (core)' : g);

export default defineRule({
  id: 'rbac-unknown-verb-or-resource',
  meta: {
    title: 'Role rule names a verb or resource that does not exist',
    description:
      'A verb outside the known set, a misspelled or singular resource (`pod`, `secret`), or a known resource under the wrong API group: the rule grants nothing of what it was written for.',
    level: 'warning',
    tags: ['rbac', 'input'],
    precision: 'high',
    messages: {
      verb: 'verb `{verb}` of this rule of {role} is not a Kubernetes verb{hint}, so it grants nothing; the role is {scope}',
      singular: 'resource `{resource}` of this rule of {role} is singular; RBAC names resources in the plural (`{suggestion}`), so it grants nothing; the role is {scope}',
      wrongGroup: 'resource `{resource}` of this rule of {role} is not in API group {groups}, it is in {rightGroups}, so it grants nothing; the role is {scope}',
      typo: 'resource `{resource}` of this rule of {role} does not exist in API group {groups}; did you mean `{suggestion}`? As written it grants nothing; the role is {scope}',
    },
    remediation: 'Use the plural, lower-case resource name with its API group (`kubectl api-resources` lists them) and the standard verbs.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources'],
    docs: {
      rationale:
        'RBAC compares strings exactly and never complains: `resources: [pod]`, `verbs: [read]` or `deployments` under the core group are accepted and grant nothing, so the workload fails in production, or someone "fixes" it with a wildcard. saguard judges only rules whose API groups are all built-in ones, so custom resources and aggregated APIs are never reported.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pod, deployments]
    verbs: [get, read]
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [get, list]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list]
`,
    },
  },
  appliesTo: isRole,
  check(o, ctx) {
    eachOwnRule(o, ctx, ({ role, rule, path }) => {
      const builtin = rule.nonResourceURLs.length === 0 && rule.apiGroups.length > 0 && rule.apiGroups.every(isBuiltinGroup);
      if (builtin) {
        rule.verbs.forEach((verb, i) => {
          if (KNOWN_VERBS.includes(verb)) return;
          const suggestion = closest(verb, KNOWN_VERBS);
          reportOnRole(ctx, role, { messageId: 'verb', level: 'warning', path: [...path, 'verbs', i], data: { verb, hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : '' } });
        });
      }
      rule.resources.forEach((resource, i) => {
        const p = resourceProblem(rule.apiGroups, resource);
        if (!p) return;
        const data: Record<string, string> = { resource, groups: rule.apiGroups.map(groupName).join(', ') };
        if (p.kind === 'wrongGroup') data.rightGroups = p.groups.map(groupName).join(', ');
        else data.suggestion = p.suggestion;
        reportOnRole(ctx, role, { messageId: p.kind, level: 'warning', path: [...path, 'resources', i], data });
      });
    });
  },
});
