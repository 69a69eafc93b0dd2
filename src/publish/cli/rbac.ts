/** `saguard can-i`, `who-can` and `access`: the RBAC engine over the manifests, offline. */
import type { K8sObject } from '../../load/load.js';
import { inventoryOf } from '../../index.js';
import { impersonate, namespaceIgnored, parseRequest } from '../../inventory/rbac/request.js';
import { isClusterScopedResource } from '../../inventory/rbac/catalog.js';
import type { BindingInfo, Decision, Request, RoleInfo, RuleRef, SubjectInfo } from '../../inventory/rbac/types.js';
import type { RbacEngine } from '../../inventory/rbac/engine.js';
import type { Inventory } from '../../inventory/inventory.js';
import { grantAt, grantPhrase, powerPhrase, type EscalationPath, type GraphNode } from '../../inventory/rbac/escalation.js';
import { collectFiles } from '../files.js';
import type { RbacArgs } from './args.js';
import type { CliIO } from './main.js';
import { findRepoRoot } from '../root.js';
import { escapeControls } from '../../report/escape.js';

interface Where {
  file: string;
  line: number;
}

function where(o: K8sObject | undefined, path: (string | number)[] = ['metadata', 'name']): Where | null {
  if (!o) return null;
  const r = o.document.locate([...o.basePath, ...path]);
  return { file: o.document.file, line: r.startLine };
}

export function describeBinding(b: BindingInfo): object {
  return { kind: b.kind, name: b.name, namespace: b.namespace ?? null, builtin: b.builtin, location: where(b.object) };
}

export function describeRole(r: RoleInfo): object {
  return { kind: r.kind, name: r.name, namespace: r.namespace ?? null, builtin: r.builtin, location: where(r.object) };
}

function describeRule(rr: RuleRef): object {
  return {
    index: rr.index,
    role: `${rr.origin.kind}/${rr.origin.namespace ? rr.origin.namespace + '/' : ''}${rr.origin.name}`,
    builtin: rr.origin.builtin,
    location: where(rr.origin.object, ['rules', rr.index]),
    rule: rr.rule,
  };
}

function requestJson(req: Request): object {
  return req.kind === 'resource'
    ? { verb: req.verb, apiGroup: req.apiGroup, resource: req.resource, subresource: req.subresource, name: req.name, namespace: req.namespace }
    : { verb: req.verb, path: req.path };
}

const subjectText = (s: SubjectInfo, b: BindingInfo): string =>
  s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace || b.namespace || '?'}/${s.name}` : `${s.kind} ${s.name}`;

const roleText = (r: RoleInfo): string => `${r.kind} ${r.namespace ? r.namespace + '/' : ''}${r.name}${r.builtin ? ' (built-in)' : ''}`;
const bindingText = (b: BindingInfo): string => `${b.kind} ${b.namespace ? b.namespace + '/' : ''}${b.name}${b.builtin ? ' (built-in)' : ''}`;

export function explainDecision(d: Decision): object {
  if (d.bypass) return { allowed: true, bypass: d.bypass };
  if (!d.reason) return { allowed: false };
  return {
    allowed: true,
    binding: describeBinding(d.reason.binding),
    subject: { kind: d.reason.subject.kind, name: d.reason.subject.name, namespace: d.reason.subject.namespace ?? null, index: d.reason.subject.index },
    role: describeRole(d.reason.role),
    rule: describeRule(d.reason.rule),
  };
}

async function inventoryFor(args: RbacArgs, io: CliIO): Promise<Inventory> {
  const collected = await collectFiles(args.files, { cwd: io.cwd, root: findRepoRoot(io.cwd), readStdin: io.readStdin });
  // The answer does not account for files that were not read: say which.
  for (const f of collected.files) {
    const u = f.unread;
    if (!u) continue;
    const why = u.reason === 'link-outside' ? `a link to ${u.target}, outside ${u.boundary}` : u.reason === 'not-regular' ? `a ${u.type}` : u.reason === 'too-large' ? `${u.size} bytes, over ${u.limit}` : `unreadable (${u.code})`;
    io.stderr(`saguard: not read, so not part of the answer: ${escapeControls(f.path)} (${escapeControls(why)})\n`);
  }
  return inventoryOf(collected.files, { namespace: args.objectsNamespace, builtins: args.builtins });
}

async function engineFor(args: RbacArgs, io: CliIO): Promise<RbacEngine> {
  return (await inventoryFor(args, io)).rbac;
}

// ---- escalation paths (--paths) ----

/** Paths printed in text; `-o json` has them all. */
const PATHS_SHOWN = 20;

const plain = (s: string): string => escapeControls(s.replace(/`/g, ''));

function pathJson(p: EscalationPath): object {
  return {
    from: plain(p.from.label),
    to: plain(p.to.label),
    steps: p.steps.map((s) => {
      const at = grantAt(s.grant);
      return {
        action: plain(s.action),
        detail: s.detail ? plain(s.detail) : null,
        to: plain(s.to.label),
        binding: s.grant?.binding ? describeBinding(s.grant.binding) : null,
        rule: s.grant && s.grant.rule.origin.name !== '(any permission)' ? describeRule(s.grant.rule) : null,
        location: at ? where(at.object, at.path) : null,
      };
    }),
    gains: p.gain.map((g) => plain(powerPhrase(g))),
  };
}

/** A path in text: the target and length, then each step with where it is granted. */
function pathText(p: EscalationPath, from = true): string {
  const head = `  ${from ? `${plain(p.from.label)} → ` : ''}${plain(p.to.label)} (${p.steps.length} step${p.steps.length === 1 ? '' : 's'})${p.gain.length > 0 && p.to.kind !== 'ClusterAdmin' ? `: gains ${p.gain.slice(0, 2).map((g) => plain(powerPhrase(g))).join('; ')}` : ''}`;
  const steps = p.steps.map((s, i) => {
    const at = grantAt(s.grant);
    const w = at ? where(at.object, at.path) : null;
    const source = s.grant ? plain(grantPhrase(s.grant)) : '';
    const origin = [source, w ? `${escapeControls(w.file)}:${w.line}` : s.grant ? 'built in' : ''].filter(Boolean).join(', ');
    return `    ${i + 1}. ${plain(s.action)}${s.detail ? ` (${plain(s.detail)})` : ''} → ${plain(s.to.label)}${origin ? `\n       ${origin}` : ''}`;
  });
  return [head, ...steps].join('\n');
}

/** kubectl's warning for `-n` with a cluster-scoped resource: the request carries no namespace. */
function warnIgnoredNamespace(args: RbacArgs, io: CliIO): void {
  const resource = namespaceIgnored(args.target, { namespace: args.namespace });
  if (!resource) return;
  const own = resource === 'namespaces' && args.target.includes('/') ? ' (a request on one Namespace object is in that namespace)' : '';
  io.stderr(`saguard: warning: resource ${resource} is not namespace scoped; -n ${args.namespace} is ignored${own}\n`);
}

export async function canI(args: RbacArgs, io: CliIO): Promise<number> {
  warnIgnoredNamespace(args, io);
  const engine = await engineFor(args, io);
  const user = impersonate(args.as!, args.asGroups);
  const req = parseRequest(args.verb, args.target, { namespace: args.namespace, subresource: args.subresource });
  const d = engine.authorize(user, req);
  if (args.output === 'json') {
    io.stdout(JSON.stringify({ user: user.user, groups: user.groups, request: requestJson(req), ...explainDecision(d) }, null, 2) + '\n');
  } else io.stdout(d.allowed ? 'yes\n' : 'no\n');
  return d.allowed ? 0 : 1;
}

export async function whoCan(args: RbacArgs, io: CliIO): Promise<number> {
  warnIgnoredNamespace(args, io);
  const inv = await inventoryFor(args, io);
  const engine = inv.rbac;
  const req = parseRequest(args.verb, args.target, { namespace: args.namespace, subresource: args.subresource });
  const rows = engine.whoCan(req);
  // --paths: who can become one of these subjects (or cluster-admin equivalent, who may do anything).
  let paths: EscalationPath[] = [];
  if (args.paths) {
    const g = inv.escalation;
    const holders: GraphNode[] = [g.group('system:masters')];
    for (const r of rows) {
      const s = r.subject;
      if (s.kind === 'ServiceAccount') {
        const ns = s.namespace || r.binding.namespace;
        if (ns) holders.push(g.account(ns, s.name));
      } else if (s.kind === 'User') holders.push(g.user(s.name));
      else if (s.kind === 'Group') holders.push(g.group(s.name));
    }
    paths = g.pathsTo(holders);
  }
  if (args.output === 'json') {
    io.stdout(
      JSON.stringify(
        {
          request: requestJson(req),
          bypass: ['Group system:masters'],
          notModelled: CONTROLLERS_NOTE.trim().replace(/^\(|\)$/g, ''),
          subjects: rows.map((r) => ({
            subject: { kind: r.subject.kind, name: r.subject.name, namespace: r.subject.kind === 'ServiceAccount' ? r.subject.namespace || r.binding.namespace || null : r.subject.namespace ?? null },
            binding: describeBinding(r.binding),
            role: describeRole(r.role),
            rule: describeRule(r.rule),
          })),
          ...(args.paths ? { paths: paths.map(pathJson) } : {}),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const table = rows.map((r) => [subjectText(r.subject, r.binding), bindingText(r.binding), roleText(r.role)].map(escapeControls));
  table.unshift(['SUBJECT', 'BINDING', 'ROLE']);
  const w = [0, 1].map((i) => Math.max(...table.map((t) => t[i]!.length)));
  io.stdout(table.map((t) => `${t[0]!.padEnd(w[0]!)}  ${t[1]!.padEnd(w[1]!)}  ${t[2]}`).join('\n') + '\n');
  io.stdout('(members of group system:masters may do anything: they bypass authorization)\n');
  io.stdout(CONTROLLERS_NOTE);
  if (args.paths) {
    io.stdout(
      paths.length === 0
        ? '\nno other subject can become one of these (no escalation path)\n'
        : `\nsubjects that can become one of these, or cluster-admin equivalent (escalation paths, shortest first):\n${paths
            .slice(0, PATHS_SHOWN)
            .map((p) => pathText(p))
            .join('\n')}\n${paths.length > PATHS_SHOWN ? `  … and ${paths.length - PATHS_SHOWN} more (-o json lists them all)\n` : ''}`,
    );
  }
  return 0;
}

/** Not in the bootstrap data saguard ships: said wherever who-can answers. */
const CONTROLLERS_NOTE =
  "(kube-controller-manager's per-controller accounts, kube-system ServiceAccounts bound to the system:controller:* ClusterRoles, are not modelled: the bootstrap data has no such roles)\n";

const MATRIX_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];

/** Resources for the access matrix: the well-known ones and every concrete resource the set's rules name. */
const KNOWN: [string, string][] = [
  ['', 'pods'], ['', 'pods/exec'], ['', 'pods/attach'], ['', 'pods/portforward'], ['', 'pods/log'], ['', 'pods/ephemeralcontainers'],
  ['', 'services'], ['', 'endpoints'], ['', 'configmaps'], ['', 'secrets'], ['', 'serviceaccounts'], ['', 'serviceaccounts/token'],
  ['', 'persistentvolumeclaims'], ['', 'persistentvolumes'], ['', 'nodes'], ['', 'nodes/proxy'], ['', 'namespaces'], ['', 'events'],
  ['apps', 'deployments'], ['apps', 'daemonsets'], ['apps', 'statefulsets'], ['apps', 'replicasets'],
  ['batch', 'jobs'], ['batch', 'cronjobs'],
  ['rbac.authorization.k8s.io', 'roles'], ['rbac.authorization.k8s.io', 'rolebindings'], ['rbac.authorization.k8s.io', 'clusterroles'], ['rbac.authorization.k8s.io', 'clusterrolebindings'],
  ['admissionregistration.k8s.io', 'mutatingwebhookconfigurations'], ['admissionregistration.k8s.io', 'validatingwebhookconfigurations'],
  ['certificates.k8s.io', 'certificatesigningrequests'], ['networking.k8s.io', 'networkpolicies'], ['coordination.k8s.io', 'leases'],
  ['apiextensions.k8s.io', 'customresourcedefinitions'],
];

export async function access(args: RbacArgs, io: CliIO): Promise<number> {
  const inv = await inventoryFor(args, io);
  const engine = inv.rbac;
  const user = impersonate(args.as!, args.asGroups);
  const namespace = args.namespace ?? '';
  const seen = new Set(KNOWN.map(([g, r]) => `${g}|${r}`));
  const resources = [...KNOWN];
  for (const er of engine.rulesFor(user)) {
    for (const g of er.rule.rule.apiGroups) {
      for (const r of er.rule.rule.resources) {
        if (g === '*' || r === '*' || r.startsWith('*/') || seen.has(`${g}|${r}`)) continue;
        seen.add(`${g}|${r}`);
        resources.push([g, r]);
      }
    }
  }
  // In a namespace, only namespaced resources are asked about (requests on the others carry no namespace).
  const left = namespace ? resources.filter(([g, r]) => isClusterScopedResource(g, r)).length : 0;
  if (namespace) resources.splice(0, resources.length, ...resources.filter(([g, r]) => !isClusterScopedResource(g, r)));
  resources.sort((a, b) => (a[0] + '|' + a[1] < b[0] + '|' + b[1] ? -1 : 1));
  const matrix = resources.map(([group, full]) => {
    const slash = full.indexOf('/');
    const resource = slash === -1 ? full : full.slice(0, slash);
    const subresource = slash === -1 ? '' : full.slice(slash + 1);
    const verbs = Object.fromEntries(
      MATRIX_VERBS.map((verb) => [verb, engine.authorize(user, { kind: 'resource', verb, apiGroup: group, resource, subresource, name: '', namespace }).allowed]),
    );
    return { resource: group ? `${full}.${group}` : full, verbs };
  });
  // --paths: every stronger identity the subject can become, worst first.
  let escalation: { admin: string | undefined; paths: EscalationPath[] } | undefined;
  if (args.paths) {
    const g = inv.escalation;
    const node = g.subject(user);
    const admin = g.isAdminEquivalent(node) ? g.powersOf(node).find((p) => p.kind === 'cluster-admin') : undefined;
    escalation = { admin: admin ? powerPhrase(admin) : undefined, paths: g.pathsFrom([node]) };
  }
  if (args.output === 'json') {
    const paths = escalation ? { clusterAdminEquivalent: escalation.admin !== undefined ? plain(escalation.admin) : null, paths: escalation.paths.map(pathJson) } : {};
    io.stdout(JSON.stringify({ user: user.user, groups: user.groups, namespace: namespace || null, verbs: MATRIX_VERBS, resources: matrix, clusterScopedLeftOut: left, ...paths }, null, 2) + '\n');
    return 0;
  }
  const shown = matrix.map((m) => ({ ...m, resource: escapeControls(m.resource) }));
  const w = Math.max(8, ...shown.map((m) => m.resource.length));
  const head = `${'RESOURCE'.padEnd(w)}  ${MATRIX_VERBS.map((v) => (v === 'deletecollection' ? 'DELCOL' : v.toUpperCase()).padEnd(6)).join(' ')}`;
  const rows = shown.map((m) => `${m.resource.padEnd(w)}  ${MATRIX_VERBS.map((v) => (m.verbs[v] ? '✔' : '✖').padEnd(6)).join(' ')}`);
  const note = left > 0 ? `(${left} cluster-scoped resources left out: requests on them carry no namespace; run without -n to see them)\n` : '';
  io.stdout(`${user.user ? escapeControls(user.user) : '(no user)'} (${user.groups.map(escapeControls).join(', ')}) ${namespace ? `in namespace ${namespace}` : 'cluster-wide'}\n${head}\n${rows.join('\n')}\n${note}`);
  if (escalation) {
    if (escalation.admin !== undefined) io.stdout(`\nescalation paths: none needed, the subject is cluster-admin equivalent itself (it can ${plain(escalation.admin)})\n`);
    else if (escalation.paths.length === 0) io.stdout('\nescalation paths: none (no stronger identity is reachable)\n');
    else {
      const shown = escalation.paths.slice(0, PATHS_SHOWN);
      const more = escalation.paths.length - shown.length;
      io.stdout(
        `\nescalation paths (what the subject can become, worst first, in every namespace):\n${shown.map((p) => pathText(p, false)).join('\n')}\n${more > 0 ? `  … and ${more} more (-o json lists them all)\n` : ''}`,
      );
    }
  }
  return 0;
}
