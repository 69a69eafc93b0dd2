/** Small builders for RBAC test manifests, and positions of tokens in them. */
export const API = 'rbac.authorization.k8s.io/v1';

/** A Role or ClusterRole with one flow-style rule per line, starting at line 5 (line 6 with labels). */
export function role(name: string, rules: string[], opts: { kind?: 'Role' | 'ClusterRole'; namespace?: string; labels?: string } = {}): string {
  const kind = opts.kind ?? (opts.namespace ? 'Role' : 'ClusterRole');
  const md = `metadata: { name: ${name}${opts.namespace ? `, namespace: ${opts.namespace}` : ''}${opts.labels ? `, labels: { ${opts.labels} }` : ''} }`;
  return `apiVersion: ${API}\nkind: ${kind}\n${md}\nrules:\n${rules.map((r) => `  - ${r}`).join('\n')}\n`;
}

/** A binding document (with its leading `---`). */
export function binding(
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  name: string,
  roleRef: { kind?: string; name: string },
  subjects: string[],
  namespace?: string,
): string {
  const md = `metadata: { name: ${name}${namespace ? `, namespace: ${namespace}` : ''} }`;
  return `---\napiVersion: ${API}\nkind: ${kind}\n${md}\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ${roleRef.kind ?? 'ClusterRole'}, name: ${roleRef.name} }\nsubjects:\n${subjects.map((s) => `  - ${s}`).join('\n')}\n`;
}

export const sa = (name: string, namespace?: string): string => `{ kind: ServiceAccount, name: ${name}${namespace ? `, namespace: ${namespace}` : ''} }`;
export const group = (name: string): string => `{ kind: Group, name: "${name}", apiGroup: rbac.authorization.k8s.io }`;
export const user = (name: string): string => `{ kind: User, name: "${name}", apiGroup: rbac.authorization.k8s.io }`;

/** Line and column of the n-th occurrence of a token on a line: the position a finding must point at. */
export function at(code: string, line: number, token: string, nth = 1): { line: number; column: number } {
  const text = code.split('\n')[line - 1] ?? '';
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(token, i + 1);
  if (i === -1) throw new Error(`token ${JSON.stringify(token)} not on line ${line}: ${text}`);
  return { line, column: i + 1 };
}

/** A Deployment `web` of namespace `ci` with the given pod spec lines (the first at line 8, indented for the template). */
export const deployment = (spec = 'serviceAccountName: runner'): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web, namespace: ci }\nspec:\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      ${spec.replace(/\n {8}/g, '\n      ')}\n      containers: [{ name: web, image: nginx }]\n`;
