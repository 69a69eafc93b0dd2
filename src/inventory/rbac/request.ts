/** Building requests and identities the way `kubectl auth can-i` and the API server's impersonation do. */
import { isClusterScopedResource } from './catalog.js';
import { parseServiceAccountUser, serviceAccountGroups } from './match.js';
import type { Request, UserInfo } from './types.js';

/**
 * The identity an impersonated request carries: a ServiceAccount without `--as-group` gets its
 * three groups; any other user gets `system:authenticated` unless a group says otherwise;
 * `system:anonymous` gets `system:unauthenticated`. An empty user name asks about exactly the
 * groups given, as a SubjectAccessReview with groups and no user does.
 */
export function impersonate(user: string, groups: readonly string[]): UserInfo {
  const g = [...groups];
  if (user === '') return { user, groups: g };
  const sa = parseServiceAccountUser(user);
  if (sa && g.length === 0) return { user, groups: serviceAccountGroups(sa.namespace) };
  if (user !== 'system:anonymous') {
    if (!g.includes('system:authenticated') && !g.includes('system:unauthenticated')) g.push('system:authenticated');
  } else if (!g.includes('system:unauthenticated')) g.push('system:unauthenticated');
  return { user, groups: g };
}

/**
 * `VERB TYPE[/NAME]` or `VERB /URL`, verbatim: no case folding, no discovery. `TYPE` is `resource`
 * or `resource.group`, the group being everything after the first dot. Requests on a cluster-scoped
 * resource carry no namespace, whatever `namespace` says (see `namespaceIgnored`), except a request
 * on one Namespace object, whose namespace is its name, as the API server's request info has it.
 */
export function parseRequest(verb: string, target: string, options: { namespace?: string; subresource?: string }): Request {
  if (target.startsWith('/')) return { kind: 'nonResource', verb, path: target };
  const slash = target.indexOf('/');
  const type = slash === -1 ? target : target.slice(0, slash);
  const name = slash === -1 ? '' : target.slice(slash + 1);
  const dot = type.indexOf('.');
  const resource = dot === -1 ? type : type.slice(0, dot);
  const apiGroup = dot === -1 ? '' : type.slice(dot + 1);
  let namespace = options.namespace ?? '';
  if (isClusterScopedResource(apiGroup, resource)) namespace = apiGroup === '' && resource === 'namespaces' ? name : '';
  return { kind: 'resource', verb, resource, apiGroup, subresource: options.subresource ?? '', name, namespace };
}

/** The resource a `namespace` was given for is cluster-scoped, so the namespace does not apply (kubectl warns too). */
export function namespaceIgnored(target: string, options: { namespace?: string }): string | undefined {
  if (options.namespace === undefined || target.startsWith('/')) return undefined;
  const req = parseRequest('get', target, options);
  if (req.kind !== 'resource' || !isClusterScopedResource(req.apiGroup, req.resource)) return undefined;
  return req.apiGroup ? `${req.resource}.${req.apiGroup}` : req.resource;
}
