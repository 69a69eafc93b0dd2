import { defineRule } from './rule.js';

/**
 * What saguard did not check, said where it happened. The findings come from the stages that
 * could not do their part: files the reading guard would not open (`publish/read.ts`), and
 * documents, objects and rules that failed (a bug), isolated by `load/`, `inventory/` and
 * `analyze/` so that the rest of the scan stands. The analyzer reports them under this rule.
 */
export default defineRule({
  id: 'unscanned-input',
  meta: {
    title: 'Input saguard could not check',
    description:
      'A file kubectl would apply was not read (a link out of the workspace, not a regular file, over the size limit, unreadable), or saguard failed on a document, an object or a rule, so what it holds was not fully checked.',
    level: 'warning',
    tags: ['input'],
    precision: 'very-high',
    messages: {
      linkOutside:
        'the file is a symbolic link to `{target}`, outside {boundary}; saguard reads nothing there, but kubectl would follow the link and apply it, so commit the manifest itself',
      notRegular: 'the file is a {type}, not a regular file; saguard reads only regular files, so commit the manifest as one',
      tooLarge: 'the file has {size} bytes, more than the {limit} saguard reads from one file; kubectl would apply it unchecked, so split it',
      unreadable: 'the file cannot be read ({code}); kubectl with other permissions would apply it unchecked, so make it readable',
      documentFailed: 'saguard failed on this document ({error}) and did not check it; please report it with the document',
      objectFailed: 'saguard failed to index this object ({error}); rules that depend on it may miss findings, so please report it with the object',
      ruleFailed: 'rule `{rule}` failed on this object ({error}) and its findings here are missing; the other rules ran, so please report it with the object',
    },
    remediation: 'Commit manifests as regular files inside the repository, under the size limit; report a failure of saguard itself with the input that caused it.',
    references: ['https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/'],
    docs: {
      rationale:
        'A pull request can hide a binding from a scanner without hiding it from `kubectl apply -f`: commit it as a symbolic link to a file outside the workspace (which saguard never reads: runners hold other jobs\' files and tokens), make it larger than the scanner reads, or craft input that makes one check fail. saguard reads only regular files inside the workspace, up to 64 MiB each, isolates every document, object and rule so that one failure never stops the scan, and reports whatever it could not check here, on the file or object concerned, instead of a silent count.',
      failing: `# deploy/extra-rbac.yaml: a symbolic link to /etc/kubernetes/extra-rbac.yaml, outside the workspace.
# kubectl apply -f deploy/ follows the link and applies this binding; saguard does not read it.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: ci, namespace: tools }
`,
      unread: { reason: 'link-outside', target: '/etc/kubernetes/extra-rbac.yaml', boundary: 'the workspace' },
      passing: `# deploy/extra-rbac.yaml: the manifest itself, committed as a regular file.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-view
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: ServiceAccount, name: ci, namespace: tools }
`,
    },
  },
});
