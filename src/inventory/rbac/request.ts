/** Building requests and identities the way `kubectl auth can-i` and the API server's impersonation do. */
import { parseServiceAccountUser, serviceAccountGroups } from './match.js';
import type { Request, UserInfo } from './types.js';

/**
 * The identity an impersonated request carries: a ServiceAccount without `--as-group` gets its
 * three groups; any other user gets `system:authenticated` unless a group says otherwise;
 * `system:anonymous` gets `system:unauthenticated`.
 */
export function impersonate(user: string, groups: readonly string[]): UserInfo {
  const g = [...groups];
  const sa = parseServiceAccountUser(user);
  if (sa && g.length === 0) return { user, groups: serviceAccountGroups(sa.namespace) };
  if (user !== 'system:anonymous') {
    if (!g.includes('system:authenticated') && !g.includes('system:unauthenticated')) g.push('system:authenticated');
  } else if (!g.includes('system:unauthenticated')) g.push('system:unauthenticated');
  return { user, groups: g };
}

/**
 * `VERB TYPE[/NAME]` or `VERB /URL`, verbatim: no case folding, no discovery. `TYPE` is `resource`
 * or `resource.group`, the group being everything after the first dot.
 */
export function parseRequest(verb: string, target: string, options: { namespace?: string; subresource?: string }): Request {
  if (target.startsWith('/')) return { kind: 'nonResource', verb, path: target };
  const slash = target.indexOf('/');
  const type = slash === -1 ? target : target.slice(0, slash);
  const name = slash === -1 ? '' : target.slice(slash + 1);
  const dot = type.indexOf('.');
  return {
    kind: 'resource',
    verb,
    resource: dot === -1 ? type : type.slice(0, dot),
    apiGroup: dot === -1 ? '' : type.slice(dot + 1),
    subresource: options.subresource ?? '',
    name,
    namespace: options.namespace ?? '',
  };
}
