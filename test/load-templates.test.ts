/**
 * Go templates that are not in a chart's templates/ folder, and files with lone CR line endings:
 * the first are listed as skipped ("looks like a template; render it"), never read as objects or
 * reported as YAML syntax errors; the second parse as YAML (and kubectl) read them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { main, type CliIO } from '../src/publish/cli/main.js';
import { yaml } from './support/helpers.js';
import { formatMessage } from '../src/report/messages.js';

const helmish = yaml`
  # copied from a chart's templates/
  {{- if .Values.serviceAccount.create }}
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: {{ include "app.fullname" . }}
    labels:
      {{- include "app.labels" . | nindent 4 }}
  automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
  {{- end }}
`;
// Parses as YAML without an error, but the name is a map whose key is a map.
const inlineOnly = yaml`
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: {{ .Release.Name }}-api
    namespace: shop
`;
const twoDocs = yaml`
  apiVersion: v1
  kind: Namespace
  metadata: { name: shop }
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata: { name: {{ .Release.Name }} }
  roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
  subjects: [{ kind: ServiceAccount, name: x, namespace: shop }]
`;
// Template-like text inside strings and block scalars is content: these are manifests.
const argo = yaml`
  apiVersion: argoproj.io/v1alpha1
  kind: WorkflowTemplate
  metadata: { name: hello, namespace: ci }
  spec:
    serviceAccountName: default
    templates:
      - name: say
        container: { image: alpine, args: ["{{inputs.parameters.message}}"] }
`;
const alerts = yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata: { name: alerts, namespace: mon }
  data:
    rules.yaml: |
      {{- range .Alerts }}
      {{ $labels.instance }} is down
      {{ end }}
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata: { name: admins }
  roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
  subjects: [{ kind: ServiceAccount, name: x, namespace: mon }]
`;

const TEMPLATE = expect.stringMatching(/^looks like a Go template \(Helm\); render it/);

describe('Go templates outside templates/', () => {
  it.each([
    ['{{- if }} … {{- end }} around the object', helmish, 2],
    ['only an inline {{ .Release.Name }} (valid YAML, names that are maps)', inlineOnly, 4],
    ['one templated document of two: the whole file', twoDocs, 7],
  ])('%s: skipped at the first action, no finding of any rule', (_, text, line) => {
    const r = lint([{ path: 'deploy/sa.yaml', text }]);
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([{ file: 'deploy/sa.yaml', line, reason: TEMPLATE, template: true }]);
  });
  it('template text in strings and block scalars is content: the files are read and checked', () => {
    const r = lint([
      { path: 'argo.yaml', text: argo },
      { path: 'alerts.yaml', text: alerts },
    ]);
    expect(r.skipped).toEqual([]);
    expect(r.findings.map((f) => `${f.location.file}:${f.location.region.startLine} ${f.ruleId}`)).toEqual(
      expect.arrayContaining(['alerts.yaml:13 cluster-admin-binding']),
    );
  });
  it('the files around a skipped one keep their objects apart: every finding names the object of its own file', () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: shop }\nspec: { containers: [{ name: c, image: x }] }\n`;
    const account = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: s, namespace: shop }\n';
    const r = lint([
      { path: 'a.yaml', text: account + '---\n' + account.replace('name: s', 'name: s2') },
      { path: 'tpl.yaml', text: helmish },
      { path: 'b.yaml', text: pod('b') + '---\n' + pod('b2') },
    ]);
    const named = r.findings.filter((f) => f.ruleId === 'default-service-account').map((f) => `${f.location.file} ${formatMessage(f).split(' names ')[0]}`);
    expect(named).toEqual(['b.yaml Pod `b`', 'b.yaml Pod `b2`']);
  });
  it('the CLI names the file without --verbose; the other files are still scanned', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-tpl-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, 'sa.yaml'), helmish);
    fs.writeFileSync(path.join(dir, 'alerts.yaml'), alerts);
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => '', cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    expect(await main(['scan', '.'], io)).toBe(1);
    expect(stderr).toContain('saguard: skipped sa.yaml:2: looks like a Go template (Helm); render it (helm template, or scan --helm-chart DIR) and scan the output\n');
    expect(stdout).not.toContain('yaml-syntax');
    expect(stdout).toContain('alerts.yaml:13:');
  });
});

describe('lone CR line endings', () => {
  const lf = yaml`
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: api
      namespace: shop
    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: p
      namespace: shop
    spec:
      containers: [{ name: c, image: x }]
  `;
  it('parse as YAML does: the same findings on the same lines and columns as with LF', () => {
    const where = (text: string) => lint([{ path: 'a.yaml', text }]).findings.map((f) => `${f.ruleId} ${f.location.region.startLine}:${f.location.region.startColumn}-${f.location.region.endLine}:${f.location.region.endColumn}`);
    const expected = where(lf);
    expect(expected).toEqual(expect.arrayContaining([expect.stringMatching(/^default-service-account 12:1-12:5$/)]));
    expect(where(lf.replace(/\n/g, '\r'))).toEqual(expected);
    expect(where(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(lint([{ path: 'a.yaml', text: lf.replace(/\n/g, '\r') }]).findings.some((f) => f.ruleId === 'yaml-syntax')).toBe(false);
  });
});
