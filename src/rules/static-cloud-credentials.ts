import { credentialContent, decodeSecretData, IDENTITY_ALTERNATIVE, secretVariableCloud } from '../inventory/cloud.js';
import { normalizeMountPath } from '../inventory/podspec.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'static-cloud-credentials',
  meta: {
    title: 'Static cloud credentials where workload identity belongs',
    description:
      'A Secret or a container environment carries a static cloud credential (an AWS secret key, a Google service-account key file, an Azure client secret) instead of using workload identity.',
    level: 'warning',
    tags: ['security', 'workload-identity'],
    securitySeverity: '6.5',
    precision: 'high',
    messages: {
      env: 'container `{container}` sets `{variable}`, a static {cloud} credential; use {alternative} instead',
      keyFile:
        'container `{container}` points `GOOGLE_APPLICATION_CREDENTIALS` at `{file}` in Secret volume `{volume}`, a static service-account key; use {alternative} instead',
      secretKey: 'Secret `{name}` key `{key}` holds a static {cloud} credential; use {alternative} instead',
      secretContent: 'Secret `{name}` key `{key}` holds {what}; use {alternative} instead',
    },
    remediation:
      'Delete the static key and give the workload a cloud identity through its ServiceAccount (IRSA or EKS Pod Identity, GKE Workload Identity Federation, Azure Workload Identity).',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
      'https://azure.github.io/azure-workload-identity/docs/',
    ],
    docs: {
      rationale:
        'Static cloud keys do not expire, are copied into every environment that renders the chart, and are readable by anyone who can read the Secret or exec into the pod. Workload identity federates the pod\'s ServiceAccount token to a cloud role instead, with short-lived credentials and no secret to leak. saguard never prints the values it finds.',
      failing: `apiVersion: v1
kind: Pod
metadata: { name: uploader, namespace: shop }
spec:
  serviceAccountName: uploader
  automountServiceAccountToken: false
  containers:
    - name: uploader
      image: example/uploader:1.0
      env:
        - name: AWS_ACCESS_KEY_ID
          valueFrom: { secretKeyRef: { name: aws, key: id } }
        - name: AWS_SECRET_ACCESS_KEY
          valueFrom: { secretKeyRef: { name: aws, key: secret } }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: uploader, namespace: shop }
automountServiceAccountToken: false
`,
      passing: `apiVersion: v1
kind: Pod
metadata: { name: uploader, namespace: shop }
spec:
  serviceAccountName: uploader
  automountServiceAccountToken: false
  containers:
    - name: uploader
      image: example/uploader:1.0
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/uploader
automountServiceAccountToken: false
`,
    },
  },
  appliesTo: (o, inv) => inv.workloadOf(o) !== undefined || (o.ref.group === '' && o.ref.kind === 'Secret'),
  check(o, ctx) {
    const inv = ctx.inventory;
    const w = inv.workloadOf(o);
    if (w) {
      for (const c of w.pod.containers) {
        for (const e of c.env) {
          if (!e.name) continue;
          const cloud = secretVariableCloud(e.name);
          const hasValue = (e.value !== undefined && e.value !== '') || e.valueFrom;
          if (cloud && hasValue) {
            ctx.report({
              messageId: 'env',
              data: { container: c.name ?? '?', variable: e.name, cloud, alternative: IDENTITY_ALTERNATIVE[cloud] },
              path: [...e.path, 'name'],
            });
          } else if (e.name === 'GOOGLE_APPLICATION_CREDENTIALS' && e.value) {
            // A key file inside a mounted Secret is a static key; a ConfigMap holds federation configs.
            const file = normalizeMountPath(e.value);
            for (const m of c.volumeMounts) {
              if (!m.mountPath || !m.name) continue;
              const dir = normalizeMountPath(m.mountPath);
              if (file !== dir && !file.startsWith(dir === '/' ? '/' : dir + '/')) continue;
              const vol = w.pod.volumes.find((v) => v.name === m.name);
              if (!vol || vol.secrets.length === 0) continue;
              ctx.report({
                messageId: 'keyFile',
                data: { container: c.name ?? '?', file: e.value, volume: m.name, alternative: IDENTITY_ALTERNATIVE['Google Cloud'] },
                path: [...e.path, 'name'],
                related: [{ object: o, path: [...m.path, 'mountPath'], label: `mount of volume \`${m.name}\`` }],
              });
              break;
            }
          }
        }
      }
      return;
    }
    // A Secret: keys named like the variables, or content that is a key file.
    for (const field of ['data', 'stringData'] as const) {
      const map = inv.reader.map(o, [field]);
      if (!map) continue;
      for (const key of Object.keys(map).sort()) {
        const raw = map[key];
        if (typeof raw !== 'string' || raw === '') continue;
        const cloud = secretVariableCloud(key);
        if (cloud) {
          ctx.report({ messageId: 'secretKey', data: { name: o.ref.name, key, cloud, alternative: IDENTITY_ALTERNATIVE[cloud] }, path: [field, key], key: true });
          continue;
        }
        const text = field === 'data' ? decodeSecretData(raw) : raw;
        const found = text === undefined ? undefined : credentialContent(text);
        if (found) {
          ctx.report({
            messageId: 'secretContent',
            data: { name: o.ref.name, key, what: found.what, alternative: IDENTITY_ALTERNATIVE[found.cloud] },
            path: [field, key],
            key: true,
          });
        }
      }
    }
  },
});
