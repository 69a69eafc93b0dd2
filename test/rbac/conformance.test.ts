/**
 * Authorization decisions written from shared/RBAC-SEMANTICS.md, run through the public engine and
 * through `saguard can-i`. Columns: user | --as-group list | verb | TYPE[/NAME] or /URL | namespace |
 * subresource | expected | builtins (- turns them off) | the rule of the semantics exercised.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryOf } from '../../src/index.js';
import { impersonate, parseRequest } from '../../src/inventory/rbac/request.js';
import { main, type CliIO } from '../../src/publish/cli/main.js';

const FILE = path.join(__dirname, 'conformance.yaml');
const TEXT = fs.readFileSync(FILE, 'utf8');

const TABLE = `
alice||create|deployments.apps|team-a||yes||RoleBinding to a Role grants in its namespace
alice||get|deployments.apps|team-a||yes||second verb of the rule
alice||delete|deployments.apps|team-a||no||verbs are exact
alice||create|deployments.apps|team-b||no||RoleBindings are consulted only in their namespace
alice||create|deployments.apps|||no||RoleBindings never grant cluster-scoped requests
alice||create|deployments|team-a||no||the core group is not apps
alice||create|deployments.extensions|team-a||no||apiGroups are exact
alice||update|deployments.apps|team-a|scale|yes||an exact resource/subresource entry
alice||update|deployments.apps|team-a||no||deployments/scale does not cover deployments
alice||get|deployments.apps|team-a|scale|no||deployments does not cover deployments/scale
alice||create|deployments.apps|team-a|status|no||an exact entry never covers a subresource
alice||create|Deployments.apps|team-a||no||resources are case-sensitive
alice||CREATE|deployments.apps|team-a||no||verbs are case-sensitive
alice||create|deployments.Apps|team-a||no||groups are case-sensitive
Alice||create|deployments.apps|team-a||no||user names are case-sensitive
system:serviceaccount:team-a:ci||create|deployments.apps|team-a||yes||a RoleBinding SA subject without namespace defaults to the binding's
system:serviceaccount:team-b:ci||create|deployments.apps|team-a||no||the same name in another namespace is another account
system:serviceaccount:team-a:ci||get|pods|team-b||yes||a RoleBinding may grant to an account of another namespace
system:serviceaccount:team-a:ci||list|pods|team-b||yes||second verb
system:serviceaccount:team-a:ci||watch|pods|team-b||no||not granted
system:serviceaccount:team-a:ci||get|pods|team-a||no||the cross-namespace grant is only in team-b
carol|devs|get|pods|team-a||yes||Group subjects match a group of the request
carol|devs|get|pods|team-b||no||a RoleBinding to a ClusterRole grants only in its namespace
carol|devs|get|pods|||no||... and never cluster-wide
carol|Devs|get|pods|team-a||no||group names are case-sensitive
nobody||get|pods|team-a||no||no binding applies
nina||get|secrets|team-a||yes||* on * through a RoleBinding
nina||get|secrets|team-b||no||... only in the binding's namespace
nina||get|nodes|||no||RoleBindings never grant cluster-scoped resources
nina||list|namespaces|||no||... namespaces neither
nina||create|pods|team-a|exec|yes||* matches every subresource
nina||get|pods|team-a|log|yes||* matches every subresource (log)
nina||get|/metrics|||no||RoleBindings never grant non-resource URLs
bob||get|/metrics|||no||... even when the ClusterRole has them
bob||get|configmaps|team-a||yes||the resource rule of the same ClusterRole does apply
bob||get|configmaps|team-b||no||only in the binding's namespace
carol||get|/metrics|||yes||a non-resource URL through a ClusterRoleBinding
carol||get|/metrics/x|||no||URLs are exact without a trailing *
carol||get|/healthz/x|||yes||a trailing * is a prefix match
carol||get|/healthz/|||yes||the prefix itself with its slash
carol||get|/healthz|||no|-|/healthz/* does not match /healthz
carol||get|/healthz|||yes||... but the built-in public-info-viewer does
carol||get|/apis/foo|||yes|-|/api* is a prefix match on /api
carol||get|/a*b|||yes|-|a * in the middle is literal: exact match
carol||get|/axb|||no|-|... and not a wildcard
carol||post|/metrics|||no||verbs are exact for URLs too
carol||get|configmaps|team-x||yes||a ClusterRoleBinding grants in every namespace
carol||get|configmaps|||yes||... and cluster-wide
carol||get|/version|||yes||built-in system:discovery for system:authenticated
carol||get|/version|||no|-|--no-builtins leaves it out
system:anonymous||get|/healthz|||yes||system:unauthenticated has public-info-viewer
system:anonymous||get|/api|||no||discovery is for authenticated users only
system:anonymous||get|pods|team-a||no||anonymous has nothing else
system:anonymous||create|selfsubjectaccessreviews.authorization.k8s.io|||no||basic-user is for authenticated users
zed||create|selfsubjectaccessreviews.authorization.k8s.io|||yes||system:basic-user for every authenticated user
zed||create|selfsubjectaccessreviews.authorization.k8s.io|||no|-|not without the built-ins
zed||create|selfsubjectreviews.authentication.k8s.io|||yes||basic-user's second rule
zed||get|/api|||yes||discovery: /api
zed||get|/apis/apps/v1|||yes||discovery: /apis/*
zed||get|/apix|||no||/api and /api/* do not match /apix
zed||get|/openapi/v3|||yes||discovery: /openapi/*
zed||get|/logs|||no||not discoverable
system:serviceaccount:default:ghost||get|pods|default||no||a ClusterRoleBinding SA subject without namespace matches nothing
system:serviceaccount:team-b:app||get|secrets/db-creds|team-b||yes||resourceNames allow named requests
system:serviceaccount:team-b:app||get|secrets/other|team-b||no||... of those names only
system:serviceaccount:team-b:app||get|secrets|team-b||no||resourceNames never allow nameless requests
system:serviceaccount:team-b:app||list|secrets|team-b||no||list without a name
system:serviceaccount:team-b:app||list|secrets/db-creds|team-b||yes||list of one named object (field selector on the name)
system:serviceaccount:team-b:app||watch|secrets|team-b||no||watch without a name
system:serviceaccount:team-b:app||create|secrets|team-b||no||create never carries a name
system:serviceaccount:team-b:app||deletecollection|secrets|team-b||no||deletecollection carries no name
system:serviceaccount:team-b:app||delete|secrets/db-creds|team-x||yes||a ClusterRoleBinding grants in any namespace
system:serviceaccount:team-b:app||update|secrets/db-creds|team-b||yes||update with the name
system:serviceaccount:team-b:app||get|secrets/DB-CREDS|team-b||no||names are case-sensitive
system:serviceaccount:team-b:app||get|configmaps/db-creds|team-b||no||the name is not the resource
system:serviceaccount:team-b:app||get|secrets/db-creds|team-b|status|no||secrets does not cover secrets/status
dave||get|deployments.apps|a|scale|yes||*/scale matches any resource's scale
dave||get|statefulsets.apps|a|scale|yes||... statefulsets too
dave||get|replicasets.apps|a|scale|yes||... with apiGroups *
dave||get|widgets.example.com|a|scale|yes||... custom resources too
dave||get|deployments.apps|a||no||*/scale does not match the resource itself
dave||get|deployments.apps|a|rescale|no||*/scale does not match rescale
dave||get|deployments.apps|a|scale2|no||... nor scale2
dave||get|pods|a|exec|no||pods/* is not a wildcard
dave||get|pods|a|*|yes||pods/* matches a subresource named * literally
dave||get|pods|a||no||pods/* does not match pods
dave||get|pods|a|log|no||pods/* does not match pods/log
dave||update|deployments.apps|a|scale|no||verb not granted
Oscar||get|pods|a||no||Get and Pods in the rule are not get and pods
Oscar||Get|Pods|a||yes||the request is taken verbatim
oscar||Get|Pods|a||no||the subject is Oscar
paul||get|pods|a||no||a rule without apiGroups matches nothing
paul||get|pods|||no||... cluster-wide neither
quinn||impersonate|users/ivan|||yes||impersonate a named user
quinn||impersonate|users/other|||no||resourceNames restrict impersonation
quinn||impersonate|users|||no||nameless request
quinn||impersonate|groups/anything|||yes||impersonate any group
quinn||impersonate|serviceaccounts/x|a||no||serviceaccounts not granted
quinn||impersonate|users.authentication.k8s.io/ivan|||no||users is in the core group
system:serviceaccount:team-b:spelled||get|pods|team-b||yes||a User subject spelled system:serviceaccount:ns:name matches the account
system:serviceaccount:team-b:spelled||list|pods|||yes||... cluster-wide (ClusterRoleBinding)
system:serviceaccount:team-a:spelled||get|pods|team-a||no||... only that account
*||get|pods|a||yes||a User subject "*" matches only the user named "*"
randomguy||get|pods|a||no||"*" is not a wildcard for users
randomguy|*|get|pods|a||yes||... nor for groups: only a group named "*"
randomguy|other|get|pods|a||no||... other groups do not match it
rita||get|pods|team-a||no||a binding to a missing role grants nothing
erin||create|deployments.apps|team-b||no||a RoleBinding's Role is looked up in its own namespace only
erin||create|deployments.apps|team-a||no||... and does not grant in the Role's namespace
sam||create|deployments.apps|team-a||no||a ClusterRoleBinding to a Role grants nothing
system:serviceaccount:team-b:anything||get|pods|team-c||yes||every account of team-b is in system:serviceaccounts:team-b
system:serviceaccount:team-c:anything||get|pods|team-c||no||... other namespaces' accounts are not
visitor|system:serviceaccounts:team-b|get|pods|||yes||an explicit group is matched like any group
system:serviceaccount:team-b:anything|other|get|pods|x||no||explicit groups replace the account's groups
frank||get|configmaps|a||yes||aggregation by matchLabels
frank||list|configmaps|a||yes||aggregation by matchExpressions (In)
frank||delete|configmaps|a||no||DoesNotExist excludes the deprecated role
frank||delete|nodes|||no||the aggregated role's own rules are replaced
gina||get|configmaps|a||yes||aggregation chains to a fixed point
gina||list|configmaps|a||yes||... through both selectors of the parent
gina||delete|nodes|||no||... replaced rules do not come back through the chain
gina||delete|configmaps|a||no||... excluded roles neither
harry||get|secrets|team-a||yes||built-in edit reads Secrets
harry||list|secrets|team-a||yes||... and lists them
harry||create|pods|team-a|exec|yes||edit execs into pods
harry||create|pods|team-a||yes||edit creates pods
harry||impersonate|serviceaccounts/any|team-a||yes||edit impersonates any account of the namespace
harry||create|rolebindings.rbac.authorization.k8s.io|team-a||no||edit does not manage RBAC
harry||get|widgets.example.com|team-a||yes||a chart role aggregated into edit widens it
harry||create|widgets.example.com|team-a||yes||... with all its verbs
harry||delete|widgets.example.com|team-a||no||... and no more
harry||get|widgets.example.com|team-b||no||... in the binding's namespace only
harry||get|secrets|team-a||no|-|without the built-ins edit does not exist
viewers-member|viewers|list|pods|team-a||yes||built-in view lists pods
viewers-member|viewers|get|secrets|team-a||no||view does not read Secrets
viewers-member|viewers|get|widgets.example.com|team-a||no||aggregate-to-edit does not reach view
viewers-member|viewers|get|pods|team-a|log|yes||view reads pod logs
uma||create|rolebindings.rbac.authorization.k8s.io|team-b||yes||built-in admin manages RoleBindings
uma||get|widgets.example.com|team-b||yes||admin includes edit, which includes the chart role
uma||create|clusterrolebindings.rbac.authorization.k8s.io|||no||admin through a RoleBinding is namespaced
uma||create|rolebindings.rbac.authorization.k8s.io|team-b||no|-|no built-in admin without the built-ins
anyone|system:masters|delete|nodes|||yes||system:masters bypasses authorization
anyone|system:masters|get|/anything|||yes||... for non-resource URLs too
anyone|system:masters|delete|nodes|||yes|-|... even without the built-in binding
system:serviceaccount:x:y||get|/.well-known/openid-configuration|||yes||every account may read the issuer discovery document
zed||get|/.well-known/openid-configuration|||no||... users may not
|devs|get|pods|team-a||yes||groups and no user (--as '') are evaluated as the authorizer would, not refused
|devs|create|selfsubjectaccessreviews.authorization.k8s.io|||no||... with exactly those groups: no system:authenticated is added
|system:authenticated|create|selfsubjectaccessreviews.authorization.k8s.io|||yes||... unless given
nina||get|nodes|team-a||no||-n on a cluster-scoped resource is ignored: RoleBindings never grant nodes
nina||list|namespaces|team-a||no||... listing namespaces carries no namespace either
nina||delete|namespaces/team-a|||yes||a request on one Namespace object is in that namespace: a RoleBinding there may delete it
nina||delete|namespaces/team-b|team-a||no||... but not another namespace, whatever -n says
`;

interface Row {
  user: string;
  groups: string[];
  verb: string;
  target: string;
  namespace: string | undefined;
  subresource: string | undefined;
  expected: boolean;
  builtins: boolean;
  why: string;
}

const ROWS: Row[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [user, groups, verb, target, ns, sub, exp, nb, why] = line.split('|');
    return {
      user: user!,
      groups: groups ? groups.split(',') : [],
      verb: verb!,
      target: target!,
      namespace: ns || undefined,
      subresource: sub || undefined,
      expected: exp === 'yes',
      builtins: nb !== '-',
      why: why!,
    };
  });

const engines = { true: inventoryOf([{ path: 'conformance.yaml', text: TEXT }]).rbac, false: inventoryOf([{ path: 'conformance.yaml', text: TEXT }], { builtins: false }).rbac };

async function canI(row: Row): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: () => undefined, readStdin: async () => '', cwd: __dirname, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const args = ['can-i', row.verb, row.target, '--as', row.user, '-f', FILE];
  for (const g of row.groups) args.push('--as-group', g);
  if (row.namespace) args.push('-n', row.namespace);
  if (row.subresource) args.push('--subresource', row.subresource);
  if (!row.builtins) args.push('--no-builtins');
  return { code: await main(args, io), out };
}

const label = (r: Row): string =>
  `${r.user}${r.groups.length ? ` [${r.groups.join(',')}]` : ''} ${r.verb} ${r.target}${r.subresource ? ` (${r.subresource})` : ''}${r.namespace ? ` -n ${r.namespace}` : ''}${r.builtins ? '' : ' --no-builtins'} → ${r.expected ? 'yes' : 'no'}: ${r.why}`;

describe('RBAC conformance: authorization decisions', () => {
  it('has at least 120 decisions', () => expect(ROWS.length).toBeGreaterThanOrEqual(120));
  it.each(ROWS.map((r) => [label(r), r] as const))('engine: %s', (_, r) => {
    const req = parseRequest(r.verb, r.target, { namespace: r.namespace, subresource: r.subresource });
    expect(engines[String(r.builtins) as 'true' | 'false'].authorize(impersonate(r.user, r.groups), req).allowed).toBe(r.expected);
  });
  it.each(ROWS.map((r) => [label(r), r] as const))('can-i: %s', async (_, r) => {
    const { code, out } = await canI(r);
    expect([code, out]).toEqual(r.expected ? [0, 'yes\n'] : [1, 'no\n']);
  });
});
