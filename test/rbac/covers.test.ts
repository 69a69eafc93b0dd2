/** Covers cases from shared/RBAC-SEMANTICS.md ("Covers"): whether owner rules cover every request servant rules allow. */
import { describe, expect, it } from 'vitest';
import { covers, isAdminEquivalent, policyRule } from '../../src/inventory/rbac/match.js';
import type { PolicyRule } from '../../src/inventory/rbac/types.js';

/**
 * `verbs;groups;resources[;names]` or `url:verbs;urls` — lists separated by commas, so an empty
 * field is the core group `""`; `~` is an empty list.
 */
function r(spec: string): PolicyRule {
  const list = (s: string | undefined): string[] => (s === undefined || s === '~' ? [] : s.split(','));
  if (spec.startsWith('url:')) {
    const [verbs, urls] = spec.slice(4).split(';');
    return policyRule({ verbs: list(verbs), nonResourceURLs: list(urls) });
  }
  const [verbs, groups, resources, names] = spec.split(';');
  return policyRule({ verbs: list(verbs), apiGroups: list(groups), resources: list(resources), resourceNames: list(names) });
}

const CASES: [string, string[], string[], boolean][] = [
  ['identical rules', ['get;;pods'], ['get;;pods'], true],
  ['a rule without apiGroups covers nothing', ['get;~;pods'], ['get;;pods'], false],
  ['* verbs cover any verb', ['*;;pods'], ['get,list,delete;;pods'], true],
  ['all listed verbs do not cover *', ['get,list,watch,create,update,patch,delete,deletecollection;;pods'], ['*;;pods'], false],
  ['a subset of verbs', ['get,list;;pods'], ['get;;pods'], true],
  ['a missing verb', ['get;;pods'], ['get,list;;pods'], false],
  ['verbs split over two owner rules', ['get;;pods', 'list;;pods'], ['get,list;;pods'], true],
  ['* groups cover any group', ['get;*;deployments'], ['get;apps,extensions;deployments'], true],
  ['listed groups do not cover *', ['get;,apps,batch;deployments'], ['get;*;deployments'], false],
  ['the core group is not apps', ['get;;deployments'], ['get;apps;deployments'], false],
  ['* resources cover every resource', ['get;;*'], ['get;;pods,secrets'], true],
  ['* resources cover subresources', ['get;;*'], ['get;;pods/exec'], true],
  ['all listed resources do not cover *', ['get;;pods,secrets,configmaps'], ['get;;*'], false],
  ['a resource does not cover its subresource', ['create;;pods'], ['create;;pods/exec'], false],
  ['*/sub covers any resource\'s sub', ['get;;*/scale'], ['get;;deployments/scale'], true],
  ['*/sub does not cover the resource', ['get;;*/scale'], ['get;;deployments'], false],
  ['*/sub does not cover another sub', ['get;;*/scale'], ['get;;deployments/status'], false],
  ['pods/* does not cover pods/exec', ['create;;pods/*'], ['create;;pods/exec'], false],
  ['pods/* covers pods/* literally', ['create;;pods/*'], ['create;;pods/*'], true],
  ['an exact subresource', ['create;;pods/exec'], ['create;;pods/exec'], true],
  ['unnamed covers named', ['get;;secrets'], ['get;;secrets;a'], true],
  ['named does not cover unnamed', ['get;;secrets;a'], ['get;;secrets'], false],
  ['named covers the same names', ['get;;secrets;a,b'], ['get;;secrets;a'], true],
  ['named does not cover other names', ['get;;secrets;a'], ['get;;secrets;b'], false],
  ['names split over two owner rules', ['get;;secrets;a', 'get;;secrets;b'], ['get;;secrets;a,b'], true],
  ['resources split over two owner rules', ['get;;pods', 'get;;secrets'], ['get;;pods,secrets'], true],
  ['a rule needs all dimensions from one owner rule', ['get;;pods', 'list;apps;deployments'], ['list;;pods'], false],
  ['URL exact', ['url:get;/healthz'], ['url:get;/healthz'], true],
  ['URL prefix covers below it', ['url:get;/logs/*'], ['url:get;/logs/kube.log'], true],
  ['URL prefix does not cover the bare path', ['url:get;/logs/*'], ['url:get;/logs'], false],
  ['URL * covers all', ['url:*;*'], ['url:get,post;/anything,/else'], true],
  ['URL prefix covers a narrower prefix', ['url:get;/api*'], ['url:get;/apis/*'], true],
  ['URL narrower prefix does not cover a wider one', ['url:get;/apis/*'], ['url:get;/api*'], false],
  ['resource rules do not cover URL rules', ['*;*;*'], ['url:get;/metrics'], false],
  ['URL rules do not cover resource rules', ['url:*;*'], ['get;;pods'], false],
  ['an empty servant is always covered', ['get;;pods'], [], true],
  ['no owner rules cover nothing', [], ['get;;pods'], false],
];

describe('Covers', () => {
  it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));
  it.each(CASES)('%s', (_, owner, servant, expected) => {
    expect(covers(owner.map(r), servant.map(r)).covered).toBe(expected);
  });
  it('reports what is missing', () => {
    expect(covers([r('get;;pods')], [r('get,list;;pods')]).missing).toEqual([r('list;;pods')]);
  });
});

describe('admin-equivalent (covers * verbs on * resources in * groups)', () => {
  it.each([
    ['*/*/*', ['*;*;*'], true],
    ['cluster-admin with URLs', ['*;*;*', 'url:*;*'], true],
    ['every verb listed', ['get,list,watch,create,update,patch,delete,deletecollection,bind,escalate,impersonate;*;*'], false],
    ['* verbs on * resources of the core group only', ['*;;*'], false],
    ['* on * but named', ['*;*;*;x'], false],
    ['split over groups', ['*;;*', '*;apps;*'], false],
  ] as const)('%s', (_, rules, expected) => {
    expect(isAdminEquivalent(rules.map(r))).toBe(expected);
  });
});
