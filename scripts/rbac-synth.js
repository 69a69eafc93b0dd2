#!/usr/bin/env node
// A seeded synthetic RBAC set for the escalation bench: ServiceAccounts, Roles, ClusterRoles, their
// bindings, legacy token Secrets and workloads across namespaces, shaped like a multi-tenant cluster
// (most accounts read, some deploy, read Secrets or mint tokens for a named account, a few hold
// cluster-wide powers). The same scale and seed always give the same bytes.
//
//   node scripts/rbac-synth.js OUT_FILE [SCALE] [SEED]   writes one multi-document YAML file
//   import { generateRbac } from './rbac-synth.js'        the same, in memory
//
// Scale 1 is 10,000 ServiceAccounts and 10,000 bindings in 200 namespaces; scale k multiplies all
// three by k.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const API = 'rbac.authorization.k8s.io/v1';

/**
 * @param {{ scale?: number, seed?: number }} options
 * @returns {{ files: { path: string, text: string }[], accounts: number, bindings: number, namespaces: number, roles: number, workloads: number }}
 */
export function generateRbac({ scale = 1, seed: seed0 = 13 } = {}) {
  let seed = seed0 >>> 0;
  const rnd = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(rnd() * n);
  const namespaces = 200 * scale;
  const perNs = 50;
  const bindingsTarget = 10_000 * scale;
  const files = [];
  let roles = 0;
  let bindings = 0;
  let workloads = 0;
  const sa = (ns, i) => `sa-${String(i).padStart(2, '0')}`;
  const rb = (ns, name, role, kind, subjects) =>
    `---\napiVersion: ${API}\nkind: RoleBinding\nmetadata: { name: ${name}, namespace: ${ns} }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ${kind}, name: ${role} }\nsubjects:\n${subjects.map((s) => `  - { kind: ServiceAccount, name: ${s.name}, namespace: ${s.ns} }`).join('\n')}\n`;

  // Cluster-wide roles: harmless ones most accounts get, and a few powerful ones a few get.
  const cluster = [
    `apiVersion: ${API}\nkind: ClusterRole\nmetadata: { name: synth-view }\nrules:\n  - { apiGroups: ["", apps], resources: [pods, services, configmaps, deployments], verbs: [get, list, watch] }\n`,
    `---\napiVersion: ${API}\nkind: ClusterRole\nmetadata: { name: synth-deployer }\nrules:\n  - { apiGroups: [apps], resources: [deployments, statefulsets], verbs: [get, list, create, update, patch] }\n`,
    `---\napiVersion: ${API}\nkind: ClusterRole\nmetadata: { name: synth-secrets }\nrules:\n  - { apiGroups: [""], resources: [secrets], verbs: [get, list, watch] }\n`,
    `---\napiVersion: ${API}\nkind: ClusterRole\nmetadata: { name: synth-operator }\nrules:\n  - { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }\n`,
    `---\napiVersion: ${API}\nkind: ClusterRole\nmetadata: { name: synth-webhooks }\nrules:\n  - { apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [get, create, update] }\n`,
  ];
  roles += 5;
  const clusterBindings = [];
  const clusterSubjects = { 'synth-deployer': [], 'synth-secrets': [], 'synth-operator': [], 'synth-webhooks': [] };

  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${String(n).padStart(4, '0')}`;
    const docs = [];
    for (let i = 0; i < perNs; i++) docs.push(`---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${sa(ns, i)}, namespace: ${ns} }\n`);
    // Five Roles per namespace: read, deploy (runs pods as any account here), read Secrets, mint a
    // token for one named account, and bind the namespace's reader role.
    const tokenFor = sa(ns, int(perNs));
    docs.push(
      `---\napiVersion: ${API}\nkind: Role\nmetadata: { name: reader, namespace: ${ns} }\nrules:\n  - { apiGroups: [""], resources: [pods, configmaps, services], verbs: [get, list, watch] }\n`,
      `---\napiVersion: ${API}\nkind: Role\nmetadata: { name: deployer, namespace: ${ns} }\nrules:\n  - { apiGroups: [apps], resources: [deployments], verbs: [get, list, create, update, patch] }\n  - { apiGroups: [""], resources: [pods/log], verbs: [get] }\n`,
      `---\napiVersion: ${API}\nkind: Role\nmetadata: { name: secret-reader, namespace: ${ns} }\nrules:\n  - { apiGroups: [""], resources: [secrets], verbs: [get, list] }\n`,
      `---\napiVersion: ${API}\nkind: Role\nmetadata: { name: token-minter, namespace: ${ns} }\nrules:\n  - { apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [${tokenFor}], verbs: [create] }\n`,
      `---\napiVersion: ${API}\nkind: Role\nmetadata: { name: reader-granter, namespace: ${ns} }\nrules:\n  - { apiGroups: [rbac.authorization.k8s.io], resources: [roles], resourceNames: [reader], verbs: [bind] }\n  - { apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create] }\n`,
    );
    roles += 5;
    // A legacy token Secret of one account.
    docs.push(`---\napiVersion: v1\nkind: Secret\nmetadata: { name: legacy-token, namespace: ${ns}, annotations: { kubernetes.io/service-account.name: ${sa(ns, int(perNs))} } }\ntype: kubernetes.io/service-account-token\n`);
    // One binding per account on average (bindingsTarget / namespaces per namespace).
    const perNsBindings = Math.round(bindingsTarget / namespaces);
    for (let b = 0; b < perNsBindings; b++) {
      const x = rnd();
      const subjects = [{ ns, name: sa(ns, int(perNs)) }];
      if (rnd() < 0.2) subjects.push({ ns, name: sa(ns, int(perNs)) });
      // A few accounts get cluster-wide powers (a ClusterRoleBinding each, counted with the bindings).
      if (x < 0.002) {
        const role = ['synth-deployer', 'synth-secrets', 'synth-operator', 'synth-webhooks'][int(4)];
        clusterSubjects[role].push(subjects[0]);
        bindings++;
        continue;
      }
      const [role, kind] = x < 0.6 ? ['reader', 'Role'] : x < 0.72 ? ['synth-view', 'ClusterRole'] : x < 0.82 ? ['deployer', 'Role'] : x < 0.9 ? ['secret-reader', 'Role'] : x < 0.96 ? ['token-minter', 'Role'] : ['reader-granter', 'Role'];
      docs.push(rb(ns, `b-${b}`, role, kind, subjects));
      bindings++;
    }
    // Workloads: one in five accounts runs a Deployment with its token mounted.
    for (let i = 0; i < perNs; i += 5) {
      docs.push(
        `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app-${i}, namespace: ${ns} }\nspec:\n  selector: { matchLabels: { app: app-${i} } }\n  template:\n    metadata: { labels: { app: app-${i} } }\n    spec:\n      serviceAccountName: ${sa(ns, i)}\n      containers: [{ name: app, image: "example/app:1" }]\n`,
      );
      workloads++;
    }
    files.push({ path: `namespaces/${ns}.yaml`, text: docs.join('') });
  }
  for (const [role, subjects] of Object.entries(clusterSubjects)) {
    subjects.forEach((s, i) => clusterBindings.push(`---\napiVersion: ${API}\nkind: ClusterRoleBinding\nmetadata: { name: ${role}-${i} }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role} }\nsubjects:\n  - { kind: ServiceAccount, name: ${s.name}, namespace: ${s.ns} }\n`));
  }
  files.unshift({ path: 'cluster/rbac.yaml', text: [...cluster, ...clusterBindings].join('') });
  return { files, accounts: namespaces * perNs, bindings, namespaces, roles, workloads };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, scale = '1', seed = '13'] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node scripts/rbac-synth.js OUT_FILE [SCALE] [SEED]\n');
    process.exit(2);
  }
  const r = generateRbac({ scale: Number(scale), seed: Number(seed) });
  fs.writeFileSync(out, r.files.map((f) => f.text).join('---\n'));
  process.stdout.write(JSON.stringify({ accounts: r.accounts, bindings: r.bindings, namespaces: r.namespaces, roles: r.roles, workloads: r.workloads }) + '\n');
}
