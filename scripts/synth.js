#!/usr/bin/env node
// A seeded synthetic monorepo of rendered Kubernetes manifests (Helm-style output), for the bench and
// the scale tests. The same size and seed always give the same bytes.
//
//   node scripts/synth.js OUT_DIR RELEVANT_OBJECTS [SEED]     writes OUT_DIR and prints a summary (JSON)
//   import { generate } from './synth.js'                     the same, in memory
//
// "Relevant" objects are those saguard reads: workloads (Deployment, StatefulSet, CronJob), ServiceAccounts,
// Roles and ClusterRoles (some aggregated), their bindings, Calico policies, Istio AuthorizationPolicies,
// Secrets and Namespaces. Kinds no rule reads (Service, ConfigMap, HorizontalPodAutoscaler) are rendered
// too, as charts do. Layout: `<team>/<namespace>/<release>.yaml`, one file per Helm release of 1–5 apps,
// namespaces of 10–30 apps, each document with its `# Source:` comment; a `platform/` folder holds the
// cluster-wide objects.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = ['api', 'web', 'worker', 'billing', 'orders', 'cart', 'search', 'auth', 'users', 'catalog', 'payments', 'email', 'notify', 'report', 'ingest', 'etl', 'cache', 'gateway', 'audit', 'media', 'pricing', 'ledger', 'sync', 'export', 'metrics', 'feed', 'chat', 'geo', 'risk', 'fraud'];
const TEAMS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
const RESOURCES = [['', 'configmaps'], ['', 'secrets'], ['', 'pods'], ['', 'services'], ['', 'endpoints'], ['', 'events'], ['apps', 'deployments'], ['batch', 'jobs'], ['coordination.k8s.io', 'leases'], ['', 'persistentvolumeclaims']];
const VERBS = [['get', 'list', 'watch'], ['get'], ['get', 'list', 'watch', 'create', 'update', 'patch'], ['create', 'delete'], ['get', 'update']];
/** Kinds saguard does not parse (src/load/kinds.ts UNREAD). */
const UNREAD = new Set(['ConfigMap', 'Service', 'HorizontalPodAutoscaler']);

/**
 * Generates a corpus of about `relevant` relevant objects. `write(path, text)` receives each file as it is
 * made (paths relative to the corpus root, forward slashes); the summary is returned.
 * @param {{ relevant: number, seed?: number, write: (file: string, text: string) => void }} options
 */
export function generate({ relevant: target, seed: seed0 = 42, write }) {
  let seed = seed0 >>> 0;
  const rnd = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const chance = (p) => rnd() < p;
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));

  const counts = {};
  let relevant = 0;
  let objects = 0;
  let files = 0;
  let bytes = 0;
  let apps = 0;
  const count = (kind) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
    objects++;
    if (!UNREAD.has(kind)) relevant++;
  };
  const emit = (file, text) => {
    files++;
    bytes += Buffer.byteLength(text);
    write(file, text);
  };
  const doc = (source, body) => `---\n# Source: ${source}\n${body}`;
  const labels = (app, release, ind) =>
    `${ind}labels:\n${ind}  app.kubernetes.io/name: ${app}\n${ind}  app.kubernetes.io/instance: ${release}\n${ind}  app.kubernetes.io/version: "1.${int(0, 30)}.${int(0, 9)}"\n${ind}  app.kubernetes.io/managed-by: Helm\n${ind}  helm.sh/chart: ${app}-${int(0, 5)}.${int(0, 20)}.${int(0, 9)}\n`;
  const rules = (n) =>
    Array.from({ length: n }, () => {
      const [g, res] = pick(RESOURCES);
      return `  - apiGroups: ["${g}"]\n    resources: ["${res}"]\n    verbs: [${pick(VERBS).map((v) => `"${v}"`).join(', ')}]\n`;
    }).join('');

  function podSpec(app, sa, i, ns) {
    let s = '';
    if (sa.mode === 'own' || sa.mode === 'shared') s += `${i}serviceAccountName: ${sa.name}\n`;
    else if (sa.mode === 'explicit-default') s += `${i}serviceAccountName: default\n`;
    if (chance(0.3)) s += `${i}automountServiceAccountToken: ${chance(0.7) ? 'false' : 'true'}\n`;
    s += `${i}securityContext:\n${i}  runAsNonRoot: true\n${i}  runAsUser: ${int(1000, 65000)}\n${i}  fsGroup: ${int(1000, 65000)}\n${i}  seccompProfile:\n${i}    type: RuntimeDefault\n`;
    if (chance(0.2)) s += `${i}imagePullSecrets:\n${i}  - name: regcred\n`;
    s += `${i}containers:\n`;
    const nc = chance(0.25) ? 2 : 1;
    for (let c = 0; c < nc; c++) {
      const name = c === 0 ? app : 'sidecar';
      s += `${i}  - name: ${name}\n${i}    image: "registry.example.com/${ns}/${name}:${int(1, 9)}.${int(0, 40)}.${int(0, 9)}"\n${i}    imagePullPolicy: IfNotPresent\n`;
      if (chance(0.6)) s += `${i}    args:\n${i}      - --port=8080\n${i}      - --log-level=${pick(['info', 'debug', 'warn'])}\n`;
      s += `${i}    ports:\n${i}      - name: http\n${i}        containerPort: 8080\n${i}        protocol: TCP\n`;
      s += `${i}    env:\n`;
      for (let e = 0, ne = int(2, 8); e < ne; e++) s += `${i}      - name: ${pick(WORDS).toUpperCase()}_${pick(['URL', 'HOST', 'PORT', 'TIMEOUT', 'MODE', 'LEVEL'])}_${e}\n${i}        value: "${pick(WORDS)}-${int(1, 999)}"\n`;
      if (chance(0.4)) s += `${i}      - name: DB_PASSWORD\n${i}        valueFrom:\n${i}          secretKeyRef:\n${i}            name: ${app}-db\n${i}            key: password\n`;
      s += `${i}    resources:\n${i}      limits:\n${i}        cpu: ${int(1, 4)}\n${i}        memory: ${int(1, 8) * 256}Mi\n${i}      requests:\n${i}        cpu: ${int(1, 9) * 100}m\n${i}        memory: ${int(1, 8) * 128}Mi\n`;
      if (c === 0) {
        s += `${i}    livenessProbe:\n${i}      httpGet:\n${i}        path: /healthz\n${i}        port: http\n${i}      initialDelaySeconds: 10\n${i}      periodSeconds: 10\n`;
        s += `${i}    readinessProbe:\n${i}      httpGet:\n${i}        path: /ready\n${i}        port: http\n${i}      periodSeconds: 5\n`;
      }
      s += `${i}    securityContext:\n${i}      allowPrivilegeEscalation: false\n${i}      readOnlyRootFilesystem: true\n${i}      capabilities:\n${i}        drop:\n${i}          - ALL\n`;
      s += `${i}    volumeMounts:\n${i}      - name: tmp\n${i}        mountPath: /tmp\n`;
      if (chance(0.3)) s += `${i}      - name: config\n${i}        mountPath: /etc/${app}\n${i}        readOnly: true\n`;
    }
    s += `${i}volumes:\n${i}  - name: tmp\n${i}    emptyDir: {}\n${i}  - name: config\n${i}    configMap:\n${i}      name: ${app}-config\n`;
    if (chance(0.15)) s += `${i}nodeSelector:\n${i}  kubernetes.io/os: linux\n`;
    if (chance(0.2)) s += `${i}tolerations:\n${i}  - key: dedicated\n${i}    operator: Equal\n${i}    value: ${pick(TEAMS)}\n${i}    effect: NoSchedule\n`;
    return s;
  }

  function renderApp(ns, release, app, team, nsShared) {
    const chart = `${release}/templates`;
    const docs = [];
    const r = rnd();
    const sa = r < 0.8 ? { mode: 'own', name: app } : r < 0.9 ? { mode: 'shared', name: nsShared } : r < 0.95 ? { mode: 'explicit-default' } : { mode: 'implicit-default' };
    if (sa.mode === 'own') {
      let b = `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${app}\n  namespace: ${ns}\n${labels(app, release, '  ')}  annotations:\n    team: ${team}\n`;
      if (chance(0.05)) b += `    eks.amazonaws.com/role-arn: arn:aws:iam::${int(100000000000, 999999999999)}:role/${ns}-${app}\n`;
      if (chance(0.5)) b += `automountServiceAccountToken: false\n`;
      docs.push(doc(`${chart}/serviceaccount.yaml`, b));
      count('ServiceAccount');
    }
    if (chance(0.5)) {
      const flags = Array.from({ length: int(3, 15) }, (_, k) => `      flag${k}: ${chance(0.5)}\n`).join('');
      docs.push(doc(`${chart}/configmap.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-config\n  namespace: ${ns}\n${labels(app, release, '  ')}data:\n  config.yaml: |\n    server:\n      port: 8080\n      timeout: ${int(1, 60)}s\n    features:\n${flags}`));
      count('ConfigMap');
    }
    if (chance(0.3)) {
      const token = chance(0.03) && sa.mode === 'own';
      docs.push(
        doc(
          `${chart}/secret.yaml`,
          token
            ? `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${app}-token\n  namespace: ${ns}\n  annotations:\n    kubernetes.io/service-account.name: ${app}\ntype: kubernetes.io/service-account-token\n`
            : `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${app}-db\n  namespace: ${ns}\n${labels(app, release, '  ')}type: Opaque\ndata:\n  password: ${Buffer.from(String(rnd())).toString('base64')}\n`,
        ),
      );
      count('Secret');
    }
    if (chance(0.8)) {
      docs.push(
        doc(
          `${chart}/service.yaml`,
          `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\n  namespace: ${ns}\n${labels(app, release, '  ')}spec:\n  type: ClusterIP\n  ports:\n    - port: 80\n      targetPort: http\n      protocol: TCP\n      name: http\n  selector:\n    app.kubernetes.io/name: ${app}\n    app.kubernetes.io/instance: ${release}\n`,
        ),
      );
      count('Service');
    }
    const subject = sa.mode === 'own' || sa.mode === 'shared' ? sa.name : 'default';
    if (chance(0.4)) {
      docs.push(doc(`${chart}/role.yaml`, `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${app}\n  namespace: ${ns}\n${labels(app, release, '  ')}rules:\n${rules(int(2, 5))}`));
      count('Role');
      docs.push(
        doc(
          `${chart}/rolebinding.yaml`,
          `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ${app}\n  namespace: ${ns}\n${labels(app, release, '  ')}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ${app}\nsubjects:\n  - kind: ServiceAccount\n    name: ${subject}\n    namespace: ${ns}\n`,
        ),
      );
      count('RoleBinding');
    }
    if (chance(0.04)) {
      // Operators: cluster-wide rights; half of them also aggregate into a platform role.
      const aggregate = chance(0.5) ? `    platform.example.com/aggregate-to-${pick(['view', 'ops'])}: "true"\n` : '';
      docs.push(doc(`${chart}/clusterrole.yaml`, `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ${ns}-${app}\n${labels(app, release, '  ')}${aggregate}rules:\n${rules(int(3, 8))}`));
      count('ClusterRole');
      docs.push(
        doc(
          `${chart}/clusterrolebinding.yaml`,
          `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ${ns}-${app}\n${labels(app, release, '  ')}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ${ns}-${app}\nsubjects:\n  - kind: ServiceAccount\n    name: ${sa.mode === 'own' ? app : 'default'}\n    namespace: ${ns}\n`,
        ),
      );
      count('ClusterRoleBinding');
    }
    const meta = `metadata:\n  name: ${app}\n  namespace: ${ns}\n${labels(app, release, '  ')}`;
    const hex = () => Math.floor(rnd() * 2 ** 52).toString(16).padStart(13, '0');
    const tmplMeta = (ind) => `${ind}metadata:\n${ind}  labels:\n${ind}    app.kubernetes.io/name: ${app}\n${ind}    app.kubernetes.io/instance: ${release}\n${ind}  annotations:\n${ind}    checksum/config: ${hex()}${hex()}\n`;
    const wr = rnd();
    if (wr < 0.7) {
      docs.push(
        doc(
          `${chart}/deployment.yaml`,
          `apiVersion: apps/v1\nkind: Deployment\n${meta}spec:\n  replicas: ${int(1, 6)}\n  revisionHistoryLimit: 10\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app}\n      app.kubernetes.io/instance: ${release}\n  strategy:\n    type: RollingUpdate\n  template:\n${tmplMeta('    ')}    spec:\n${podSpec(app, sa, '      ', ns)}`,
        ),
      );
      count('Deployment');
      if (chance(0.3)) {
        docs.push(
          doc(
            `${chart}/hpa.yaml`,
            `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${app}\n  minReplicas: 2\n  maxReplicas: ${int(3, 20)}\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 80\n`,
          ),
        );
        count('HorizontalPodAutoscaler');
      }
    } else if (wr < 0.85) {
      docs.push(
        doc(
          `${chart}/statefulset.yaml`,
          `apiVersion: apps/v1\nkind: StatefulSet\n${meta}spec:\n  serviceName: ${app}\n  replicas: ${int(1, 3)}\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app}\n  template:\n${tmplMeta('    ')}    spec:\n${podSpec(app, sa, '      ', ns)}  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: ["ReadWriteOnce"]\n        resources:\n          requests:\n            storage: ${int(1, 100)}Gi\n`,
        ),
      );
      count('StatefulSet');
    } else {
      docs.push(
        doc(
          `${chart}/cronjob.yaml`,
          `apiVersion: batch/v1\nkind: CronJob\n${meta}spec:\n  schedule: "${int(0, 59)} ${int(0, 23)} * * *"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      backoffLimit: 2\n      template:\n${tmplMeta('        ')}        spec:\n          restartPolicy: OnFailure\n${podSpec(app, sa, '          ', ns)}`,
        ),
      );
      count('CronJob');
    }
    if (chance(0.15)) {
      const source = chance(0.5) ? `names: ["${pick(WORDS)}-${int(0, 9)}"]` : `selector: team == '${team}'`;
      docs.push(
        doc(
          `${chart}/networkpolicy.yaml`,
          `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: ${app}-allow\n  namespace: ${ns}\nspec:\n  order: ${int(100, 1000)}\n  serviceAccountSelector: app.kubernetes.io/name == '${app}'\n  types:\n    - Ingress\n  ingress:\n    - action: Allow\n      protocol: TCP\n      source:\n        serviceAccounts:\n          ${source}\n      destination:\n        ports: [8080]\n`,
        ),
      );
      count('NetworkPolicy');
    }
    if (chance(0.05)) {
      docs.push(
        doc(
          `${chart}/authorizationpolicy.yaml`,
          `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app}\n  action: ALLOW\n  rules:\n    - from:\n        - source:\n            principals: ["cluster.local/ns/${ns}/sa/${subject}"]\n`,
        ),
      );
      count('AuthorizationPolicy');
    }
    return docs.join('');
  }

  // Namespaces of 10–30 apps until the target is reached; each holds releases of 1–5 apps, one file each.
  let nsIndex = 0;
  while (relevant < target) {
    const team = pick(TEAMS);
    const ns = `${team}-${pick(WORDS)}-${nsIndex}`;
    const dir = `${team}/${ns}`;
    const appsHere = int(10, 30);
    const nsShared = `${ns}-runner`;
    let head = doc('namespace.yaml', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels:\n    team: ${team}\n    kubernetes.io/metadata.name: ${ns}\n`);
    count('Namespace');
    head += doc('runner-sa.yaml', `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${nsShared}\n  namespace: ${ns}\n  labels:\n    team: ${team}\nautomountServiceAccountToken: false\n`);
    count('ServiceAccount');
    head += doc(
      'team-binding.yaml',
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ${team}-${pick(['edit', 'view'])}\n  namespace: ${ns}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ${pick(['edit', 'view', 'view', 'admin'])}\nsubjects:\n  - kind: Group\n    name: team-${team}\n    apiGroup: rbac.authorization.k8s.io\n`,
    );
    count('RoleBinding');
    emit(`${dir}/00-namespace.yaml`, head);
    let k = 0;
    while (k < appsHere && relevant < target) {
      const inRelease = Math.min(appsHere - k, int(1, 5));
      const release = `${pick(WORDS)}-${nsIndex}-${k}`;
      let text = '';
      for (let j = 0; j < inRelease; j++) text += renderApp(ns, release, `${pick(WORDS)}-${pick(WORDS)}-${k + j}`, team, nsShared);
      emit(`${dir}/${release}.yaml`, text);
      k += inRelease;
      apps += inRelease;
    }
    nsIndex++;
  }

  // Cluster-wide: Calico policies selecting accounts by label in every namespace, two aggregated
  // platform roles, and a role that may update ServiceAccounts (and so their labels).
  let platform = '';
  for (let g = 0, ng = Math.max(2, Math.round(apps / 3000)); g < ng; g++) {
    platform += doc(
      'platform/gnp.yaml',
      `apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: platform-${g}\nspec:\n  order: ${g * 10}\n  serviceAccountSelector: team == '${pick(TEAMS)}'\n  types: [Ingress]\n  ingress:\n    - action: Allow\n      source:\n        serviceAccounts:\n          selector: app.kubernetes.io/managed-by == 'Helm'\n`,
    );
    count('GlobalNetworkPolicy');
  }
  for (const which of ['view', 'ops']) {
    platform += doc(
      'platform/aggregated.yaml',
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: platform-${which}\naggregationRule:\n  clusterRoleSelectors:\n    - matchLabels:\n        platform.example.com/aggregate-to-${which}: "true"\nrules: []\n`,
    );
    count('ClusterRole');
    platform += doc(
      'platform/aggregated.yaml',
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: platform-${which}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: platform-${which}\nsubjects:\n  - kind: Group\n    name: platform-${which}\n    apiGroup: rbac.authorization.k8s.io\n`,
    );
    count('ClusterRoleBinding');
  }
  platform += doc(
    'platform/crb.yaml',
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: platform-sa-editors\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: platform-sa-editor\nsubjects:\n  - kind: Group\n    name: platform-admins\n    apiGroup: rbac.authorization.k8s.io\n`,
  );
  count('ClusterRoleBinding');
  platform += doc(
    'platform/cr.yaml',
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: platform-sa-editor\nrules:\n  - apiGroups: [""]\n    resources: ["serviceaccounts"]\n    verbs: ["get", "list", "update", "patch"]\n`,
  );
  count('ClusterRole');
  emit('platform/platform.yaml', platform);
  return { target, seed: seed0, relevant, objects, apps, namespaces: nsIndex, files, bytes, counts };
}

/** Writes a corpus to `dir` (replacing it) and returns its summary. */
export function generateTo(dir, relevant, seed = relevant) {
  fs.rmSync(dir, { recursive: true, force: true });
  const made = new Set();
  return generate({
    relevant,
    seed,
    write(file, text) {
      const p = path.join(dir, file);
      const d = path.dirname(p);
      if (!made.has(d)) {
        fs.mkdirSync(d, { recursive: true });
        made.add(d);
      }
      fs.writeFileSync(p, text);
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, n, seed] = process.argv.slice(2);
  if (!out || !(Number(n) > 0)) {
    process.stderr.write('usage: node scripts/synth.js OUT_DIR RELEVANT_OBJECTS [SEED]\n');
    process.exit(2);
  }
  const summary = generateTo(out, Number(n), seed === undefined ? Number(n) : Number(seed));
  process.stdout.write(JSON.stringify(summary) + '\n');
}
