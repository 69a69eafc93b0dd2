import { Inventory } from '../inventory/inventory.js';
import { sensitivePermissions } from '../inventory/rbac/permissions.js';
import type { BindingInfo } from '../inventory/rbac/types.js';
import { defineRule, type RelatedRef } from './rule.js';
import { accountPowers } from './_escalation.js';
import { and, bindingLabel, bindingName } from './_rbac.js';

export default defineRule({
  id: 'default-service-account',
  meta: {
    title: 'Workload runs as the default ServiceAccount',
    description: "A workload runs as its namespace's `default` ServiceAccount, which every other workload of the namespace that names no account shares; an error when a binding of the scanned files gives that account sensitive permissions, or it carries a cloud identity.",
    level: 'warning',
    tags: ['security', 'service-accounts', 'cis-5.1.5'],
    securitySeverity: '4.0',
    precision: 'very-high',
    messages: {
      implicit: '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`{token}; give it its own account',
      explicit: '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`{token}; give it its own account',
      implicitGranted:
        '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}`{more}{token}; give the workload its own account and grant that to it instead',
      explicitGranted:
        '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}`{more}{token}; give the workload its own account and grant that to it instead',
      implicitSensitive:
        '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which may {means} through {bindingKind} `{binding}`{token}; give the workload its own account and move that grant to it',
      explicitSensitive:
        '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which may {means} through {bindingKind} `{binding}`{token}; give the workload its own account and move that grant to it',
      implicitSensitiveToken:
        '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}` (workload-permissions lists what it can do){token}; give the workload its own account and move that grant to it',
      explicitSensitiveToken:
        '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which {bindingKind} `{binding}` grants {roleKind} `{role}` (workload-permissions lists what it can do){token}; give the workload its own account and move that grant to it',
      implicitCloud:
        '{kind} `{workload}` names no ServiceAccount, so {pods} as `default` of namespace `{namespace}`, which carries the {cloud} identity `{identity}`{token}; give the workload its own account',
      explicitCloud:
        '{kind} `{workload}` {runs} as ServiceAccount `default` of namespace `{namespace}`, which carries the {cloud} identity `{identity}`{token}; give the workload its own account',
    },
    remediation: 'Create a ServiceAccount for the workload, set `serviceAccountName` to it, and grant that account only what the workload needs.',
    references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
    docs: {
      rationale:
        "Every namespace has a `default` account and every pod that names no account runs as it. Permissions granted to it for one workload are held by all of them, and an attacker in any such pod gets them. The CIS Kubernetes Benchmark (5.1.5) asks that default accounts are not actively used. The finding is an error when a binding of the scanned files gives `default` itself sensitive permissions (a grant to a group such as `system:serviceaccounts` reaches every account and is `all-serviceaccounts-binding`\'s finding), or when `default` carries a cloud identity. It also says when the pods get the account\'s API token, which `token-automount` then does not repeat.",
      failing: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
      passing: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined,
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o)!;
    if (w.account.name !== 'default') return;
    const implicit = w.accountSource === 'default';
    const path = w.accountPath ?? w.pod.ref.specPath;
    // token-automount leaves default-account workloads to this rule: one finding says both.
    const base = {
      kind: o.ref.kind,
      workload: o.ref.name,
      namespace: w.account.namespace,
      // A Pod runs as the account; a controller's pods do.
      pods: o.ref.kind === 'Pod' ? 'it runs' : 'its pods run',
      runs: o.ref.kind === 'Pod' ? 'runs' : 'runs its pods',
      token: w.token.mounted ? (o.ref.kind === 'Pod' ? ', and it gets its API token' : ', and they get its API token') : '',
    };
    const accountLabel = `ServiceAccount \`${w.account.namespace}/default\``;
    // Grants "on default" name the account itself (as a ServiceAccount or User subject), in bindings
    // of the scanned files; a grant to a group such as system:serviceaccounts is all-serviceaccounts-binding's.
    const own = { user: Inventory.accountUser(w.account).user, groups: [] };
    const engine = inv.rbac;
    const held = sensitivePermissions(engine, own).filter((h) => !h.via.binding.builtin);
    const related = (bs: readonly BindingInfo[]): RelatedRef[] =>
      bs.filter((b) => b.object).slice(0, 10).map((b) => ({ object: b.object!, path: ['roleRef', 'name'], label: bindingLabel(b) }));
    if (held.length > 0) {
      const b = held[0]!.via.binding;
      // With the token mounted, workload-permissions lists the permissions on this same line: name only the grant.
      const listed = inv.apiTokenMounted(w) && accountPowers(inv, w.account).length > 0;
      ctx.report({
        messageId: (implicit ? 'implicit' : 'explicit') + (listed ? 'SensitiveToken' : 'Sensitive'),
        level: 'error',
        data: { ...base, means: and([...new Set(held.map((h) => h.permission.short))]), bindingKind: b.kind, binding: bindingName(b), roleKind: b.roleRef.kind, role: b.roleRef.name },
        path,
        related: related([...new Set(held.map((h) => h.via.binding))]),
      });
      return;
    }
    const cloud = w.accountObject ? inv.cloudIdentitiesOf(w.accountObject) : [];
    if (cloud.length > 0) {
      ctx.report({
        messageId: implicit ? 'implicitCloud' : 'explicitCloud',
        level: 'error',
        data: { ...base, cloud: cloud[0]!.cloud, identity: cloud[0]!.value },
        path,
        related: [{ object: w.accountObject!, path: ['metadata', 'annotations', cloud[0]!.annotation], label: accountLabel }],
      });
      return;
    }
    const grants = engine.grantsInSet(own);
    if (grants.length > 0) {
      const b = grants[0]!;
      ctx.report({
        messageId: implicit ? 'implicitGranted' : 'explicitGranted',
        data: {
          ...base,
          bindingKind: b.kind,
          binding: bindingName(b),
          roleKind: b.roleRef.kind,
          role: b.roleRef.name,
          more: grants.length > 1 ? ` (and ${grants.length - 1} more binding${grants.length > 2 ? 's' : ''})` : '',
        },
        path,
        related: related(grants),
      });
      return;
    }
    ctx.report({ messageId: implicit ? 'implicit' : 'explicit', data: base, path });
  },
});
