import { covers } from '../inventory/rbac/match.js';
import { rulesHold, SENSITIVE } from '../inventory/rbac/permissions.js';
import { AUTOUPDATE } from '../inventory/rbac/engine.js';
import { defineRule } from './rule.js';
import { and, bindingOf, isBinding, isRole } from './_rbac.js';


export default defineRule({
  id: 'builtin-rbac-redefined',
  meta: {
    title: 'Role or binding named like a built-in one',
    description:
      'A Role, ClusterRole or binding has the name of one the API server creates (`cluster-admin`, `admin`, `edit`, `view`, `system:*`): start-up reconciliation adds the built-in rules and subjects back unless it is annotated `autoupdate: "false"`; an error when it widens the built-in role with sensitive rights.',
    level: 'warning',
    tags: ['security', 'rbac'],
    securitySeverity: '5.0',
    precision: 'very-high',
    messages: {
      role: '{kind} `{name}` has the name of a built-in role: at start-up the API server adds the built-in rules back, so this definition can widen the role but never narrow it; give it a name of its own',
      widens:
        '{kind} `{name}` has the name of a built-in role and adds the rights to {means} to it, for every subject the cluster binds to `{name}`; at start-up the API server adds the built-in rules back too; give it a name of its own',
      replaces:
        '{kind} `{name}` replaces the built-in role (`{annotation}: "false"` keeps start-up reconciliation away): every binding to `{name}`, the cluster\'s own included, grants these rules instead{adds}',
      binding:
        '{kind} `{name}` has the name of a built-in binding: at start-up the API server resets its roleRef to {builtinRole} and adds the built-in subjects back; give it a name of its own',
      bindingReplaces:
        '{kind} `{name}` replaces the built-in binding of {builtinRole} (`{annotation}: "false"`): the subjects the cluster binds there lose it, and these get it instead',
    },
    remediation: 'Give your role or binding a name of its own; to change what a built-in role grants, aggregate a role of your own into it or bind another role instead.',
    references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#auto-reconciliation'],
    docs: {
      rationale:
        'The API server creates `cluster-admin`, `admin`, `edit`, `view`, the `system:` roles and their bindings, and reconciles them every time it starts: a role of the same name gets every built-in rule it lacks added back (and keeps its own additions), a binding gets its roleRef reset and the built-in subjects added back. A manifest that "narrows" `view` therefore does nothing after the next restart, while one that adds a rule to it widens it for every subject the cluster binds to `view`. Only the annotation `rbac.authorization.kubernetes.io/autoupdate: "false"` stops reconciliation, and then the manifest replaces what the control plane relies on. saguard evaluates such roles as the reconciled union; a binding to a redefined `cluster-admin` is still `cluster-admin-binding`.',
      failing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: view
rules:
  - apiGroups: [""]
    resources: [pods, services]
    verbs: [get, list]
`,
      passing: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: shop-viewer
rules:
  - apiGroups: [""]
    resources: [pods, services]
    verbs: [get, list]
`,
    },
  },
  appliesTo: (o) => isRole(o) || isBinding(o),
  check(o, ctx) {
    const engine = ctx.inventory.rbac;
    const kind = o.ref.kind;
    const name = o.ref.name;
    const path = ['metadata', 'name'];
    if (isBinding(o)) {
      const b = bindingOf(o, ctx);
      if (!b?.redefines) return;
      const r = b.redefines.builtin.roleRef;
      const builtinRole = `${r.kind} \`${r.name}\``;
      if (b.redefines.protected) ctx.report({ messageId: 'bindingReplaces', data: { kind, name, builtinRole, annotation: AUTOUPDATE }, path });
      else ctx.report({ messageId: 'binding', data: { kind, name, builtinRole }, path });
      return;
    }
    const role = engine.roleOf(o);
    if (!role?.redefines || engine.inForce(role) !== role) return;
    // What the set's rules add to the built-in's (an aggregated built-in is judged by what it gathers).
    const added = covers(
      role.redefines.builtin.rules.map((r) => r.rule),
      role.ownRules,
    ).missing;
    const means = rulesHold(added, SENSITIVE, { scope: role.kind === 'Role' ? 'namespace' : 'cluster' }).map((h) => h.permission.short);
    if (role.redefines.protected) {
      ctx.report({
        messageId: 'replaces',
        level: means.length > 0 ? 'error' : 'warning',
        data: { kind, name, annotation: AUTOUPDATE, adds: means.length > 0 ? `, and they add the rights to ${and(means)}` : '' },
        path,
      });
    } else if (means.length > 0) ctx.report({ messageId: 'widens', level: 'error', data: { kind, name, means: and(means) }, path });
    else ctx.report({ messageId: 'role', data: { kind, name }, path });
  },
});
