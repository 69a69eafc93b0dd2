import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/load/load.js';
import { splitDocuments } from '../src/load/split.js';
import { Inventory } from '../src/inventory/inventory.js';
import { scan } from './support/helpers.js';

const load = (text: string, path = 'a.yaml', namespace = 'default') => loadSources([{ path, text }], { namespace });

describe('YAML 1.1 scalars, as the API server reads them', () => {
  const value = (v: string): unknown => load(`apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\nautomountServiceAccountToken: ${v}\n`).objects[0]!.value.automountServiceAccountToken;
  it.each(['yes', 'Yes', 'YES', 'on', 'On', 'ON', 'y', 'Y', 'true', 'True', 'TRUE'])('%s is true', (v) => expect(value(v)).toBe(true));
  it.each(['no', 'No', 'NO', 'off', 'Off', 'OFF', 'n', 'N', 'false', 'False', 'FALSE'])('%s is false', (v) => expect(value(v)).toBe(false));
  it.each(['"false"', "'false'", '"no"', '"yes"', 'yEs', 'nO'])('%s is a string', (v) => expect(typeof value(v)).toBe('string'));
  it('timestamps stay the text they were written as', () => expect(value('2027-06-30')).toBe('2027-06-30'));
  it('merge keys merge, written keys win', () => {
    const o = load('apiVersion: v1\nkind: Pod\nbase: &b { a: 1, b: 2 }\nmetadata:\n  <<: *b\n  b: 3\n  name: p\n').objects[0]!;
    expect(o.value.metadata).toEqual({ a: 1, b: 3, name: 'p' });
  });
  it('a plain `y` key is the boolean true, as go-yaml reads it', () => {
    const o = load('apiVersion: v1\nkind: Pod\nmetadata: { name: p, labels: { y: "1", "n": "2" } }\n').objects[0]!;
    expect(o.value.metadata).toEqual({ name: 'p', labels: { true: '1', n: '2' } });
  });
});

describe('positions', () => {
  const regionOf = (text: string, path: (string | number)[]) => {
    const o = load(text).objects[0]!;
    return o.document.locate([...o.basePath, ...path]);
  };
  it('CRLF line endings keep lines and columns right', () => {
    const text = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  serviceAccountName: api\r\n';
    expect(regionOf(text, ['spec', 'serviceAccountName'])).toEqual({ startLine: 6, startColumn: 23, endLine: 6, endColumn: 26 });
  });
  it('a BOM is not a column', () => {
    const text = '\uFEFFkind: Pod\napiVersion: v1\nmetadata: { name: p }\n';
    expect(regionOf(text, ['kind'])).toEqual({ startLine: 1, startColumn: 7, endLine: 1, endColumn: 10 });
  });
  it('a BOM and CRLF together, in the third document', () => {
    const text = '\uFEFF---\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata: {name: a}\r\n---\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata: {name: b}\r\n---\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: c\r\n';
    const f = scan(text).find((x) => x.ruleId === 'default-sa-not-hardened');
    expect(f?.location.region).toEqual({ startLine: 4, startColumn: 18, endLine: 4, endColumn: 19 });
    const pod = load(text).objects[2]!;
    expect(pod.document.locate(['metadata', 'name'])).toEqual({ startLine: 13, startColumn: 9, endLine: 13, endColumn: 10 });
  });
  it('a missing path falls back to its deepest existing parent key', () => {
    expect(regionOf('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: []\n', ['spec', 'nothing', 'here'])).toMatchObject({ startLine: 4, startColumn: 1 });
  });
  it('a sequence item that is a mapping points at its first line', () => {
    expect(regionOf('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: x\n', ['spec', 'containers', 0])).toEqual({
      startLine: 6,
      startColumn: 7,
      endLine: 6,
      endColumn: 14,
    });
  });
});

describe('documents and objects', () => {
  it('List and *List kinds are unwrapped, with positions inside the list', () => {
    const r = load('apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBindingList\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: { name: a, namespace: x }\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: { name: b }\n');
    expect(r.objects.map((o) => [o.ref.name, o.ref.namespace, o.basePath])).toEqual([
      ['a', 'x', ['items', 0]],
      ['b', 'default', ['items', 1]],
    ]);
    expect(r.objects[1]!.document.locate([...r.objects[1]!.basePath, 'kind'])).toMatchObject({ startLine: 8, startColumn: 11 });
  });
  it('JSON files, single-line and multi-line', () => {
    const r = loadSources(
      [
        { path: 'a.json', text: '{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"a"}}' },
        { path: 'b.json', text: '{\n  "apiVersion": "v1",\n  "kind": "List",\n  "items": [\n    {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "b"}}\n  ]\n}\n' },
      ],
      { namespace: 'ns' },
    );
    expect(r.objects.map((o) => o.ref.name)).toEqual(['a', 'b']);
    expect(r.objects[1]!.document.locate(['items', 0, 'metadata', 'name'])).toMatchObject({ startLine: 5, startColumn: 73 });
  });
  it('Helm # Source: comments are kept per document', () => {
    const r = load('---\n# Source: shop/templates/sa.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\n---\n# Source: shop/templates/deploy.yaml\n# another comment\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: b }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: c }\n');
    expect(r.objects.map((o) => o.document.helmSource)).toEqual(['shop/templates/sa.yaml', 'shop/templates/deploy.yaml', undefined]);
  });
  it('a # Source: comment inside the content is not the document source', () => {
    expect(splitDocuments('apiVersion: v1\nkind: ConfigMap\n# Source: x.yaml\n')[0]!.helmSource).toBeUndefined();
  });
  it('documents that are not Kubernetes objects are skipped quietly', () => {
    const r = load('name: CI\non: [push]\n---\nreplicaCount: 2\n---\n- a\n- b\n');
    expect(r.objects).toEqual([]);
    expect(r.skipped.map((s) => s.line)).toEqual([1, 3, 5]);
  });
  it('namespaces: explicit, defaulted, none for cluster-scoped kinds', () => {
    const r = load('apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: x }\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: b }\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: c, namespace: ignored }\n', 'a.yaml', 'release');
    expect(r.objects.map((o) => [o.ref.namespace, o.namespaceDefaulted])).toEqual([
      ['x', false],
      ['release', true],
      [undefined, false],
    ]);
  });
  it('kinds are group-aware: a Role of another group is not RBAC, a Deployment of another group is no workload', () => {
    const r = load('apiVersion: example.com/v1\nkind: Role\nmetadata: { name: a }\n---\napiVersion: example.com/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { template: { spec: { containers: [] } } }\n');
    expect(r.objects.map((o) => [o.ref.group, o.ref.kind])).toEqual([
      ['example.com', 'Role'],
      ['example.com', 'Deployment'],
    ]);
    expect(new Inventory(r).workloads).toEqual([]);
  });
  it('documents no rule reads are not parsed (and cost no findings)', () => {
    const r = load('apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: x, name: y }\nspec: {\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a }\n');
    expect(r.stats).toMatchObject({ documents: 2, parsed: 1, unread: 1 });
    expect(r.objects.map((o) => o.ref.kind)).toEqual(['ServiceAccount']);
  });
  it('a typed List of a kind no rule reads is not parsed, unless it holds another kind', () => {
    const cm = (name: string, data = 'b'): string => `  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: ${name} }\n    data: { a: "${data}" }\n`;
    const quiet = load(`apiVersion: v1\nkind: ConfigMapList\nitems:\n${cm('a')}${cm('b')}metadata: { name: x, name: y }\n`);
    expect(quiet.stats).toMatchObject({ documents: 1, parsed: 0, unread: 1 });
    // Another kind named anywhere, even in a value, and the List is read (the sniffing stays simple).
    expect(load(`apiVersion: v1\nkind: ConfigMapList\nitems:\n${cm('a', 'kind: Role')}`).stats).toMatchObject({ parsed: 1 });
    const hidden = load(`apiVersion: v1\nkind: ConfigMapList\nitems:\n${cm('a')}  - apiVersion: rbac.authorization.k8s.io/v1\n    kind: ClusterRoleBinding\n    metadata: { name: c }\n`);
    expect(hidden.stats).toMatchObject({ parsed: 1, unread: 0 });
    expect(hidden.objects.map((o) => o.ref.kind)).toEqual(['ConfigMap', 'ClusterRoleBinding']);
    const flow = load(`apiVersion: v1\nkind: ConfigMapList\nitems: [{"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "s"}}]\n`);
    expect(flow.objects.map((o) => o.ref.kind)).toEqual(['ServiceAccount']);
    // A List of a kind that is read, and the generic List, are parsed.
    expect(load(`apiVersion: v1\nkind: ServiceAccountList\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: { name: s }\n`).objects).toHaveLength(1);
    expect(load(`apiVersion: v1\nkind: List\nitems:\n${cm('a')}`).stats).toMatchObject({ parsed: 1 });
  });
  it('document markers are only recognised at column 0', () => {
    const segs = splitDocuments('a: |\n  ---\n  x\n---\nb: 1\n...\n# trailing\n---\nc: 2\n');
    expect(segs.map((s) => s.text.trim())).toEqual(['a: |\n  ---\n  x', '---\nb: 1\n...', '# trailing\n---\nc: 2']);
  });
});
