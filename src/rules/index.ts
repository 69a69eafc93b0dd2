/** The rule registry: one line per rule. */
import type { Rule } from './rule.js';
import defaultServiceAccount from './default-service-account.js';
import deprecatedServiceAccountField from './deprecated-service-account-field.js';
import tokenAutomount from './token-automount.js';
import saAutomountEnabled from './sa-automount-enabled.js';
import defaultSaNotHardened from './default-sa-not-hardened.js';
import missingServiceAccount from './missing-service-account.js';
import sharedServiceAccount from './shared-service-account.js';
import unusedServiceAccount from './unused-service-account.js';
import legacyTokenSecret from './legacy-token-secret.js';
import legacyTokenMount from './legacy-token-mount.js';
import projectedTokenSettings from './projected-token-settings.js';
import manualTokenMount from './manual-token-mount.js';
import staticCloudCredentials from './static-cloud-credentials.js';
import clusterAdminBinding from './cluster-admin-binding.js';
import builtinAdminEditBinding from './builtin-admin-edit-binding.js';
import rbacWildcard from './rbac-wildcard.js';
import secretsAccess from './secrets-access.js';
import podCreate from './pod-create.js';
import podExec from './pod-exec.js';
import rbacEscalationVerbs from './rbac-escalation-verbs.js';
import rbacBindingWrite from './rbac-binding-write.js';
import pvCreate from './pv-create.js';
import nodesProxy from './nodes-proxy.js';
import csrApproval from './csr-approval.js';
import webhookConfigWrite from './webhook-config-write.js';
import tokenRequest from './token-request.js';
import systemMastersBinding from './system-masters-binding.js';
import anonymousBinding from './anonymous-binding.js';
import allServiceaccountsBinding from './all-serviceaccounts-binding.js';
import defaultSaBinding from './default-sa-binding.js';
import crossNamespaceSubject from './cross-namespace-subject.js';
import danglingRoleRef from './dangling-role-ref.js';
import invalidBindingSubject from './invalid-binding-subject.js';
import aggregateToBuiltin from './aggregate-to-builtin.js';
import builtinRbacRedefined from './builtin-rbac-redefined.js';
import rbacUnknownVerbOrResource from './rbac-unknown-verb-or-resource.js';
import rbacDeleteRights from './rbac-delete-rights.js';
import workloadPermissions from './workload-permissions.js';
import escalationPath from './escalation-path.js';
import cloudIdentityDefaultSa from './cloud-identity-default-sa.js';
import cloudIdentityMalformed from './cloud-identity-malformed.js';
import azureWiPodLabelMissing from './azure-wi-pod-label-missing.js';
import cloudIdentityShared from './cloud-identity-shared.js';
import cloudIdentityWithClusterRbac from './cloud-identity-with-cluster-rbac.js';
import calicoSelectorSyntax from './calico-selector-syntax.js';
import calicoSaNameUnknown from './calico-sa-name-unknown.js';
import calicoSaSelectorEmpty from './calico-sa-selector-empty.js';
import calicoAllowsDefaultSa from './calico-allows-default-sa.js';
import calicoSaLabelControl from './calico-sa-label-control.js';
import istioPrincipalUnknown from './istio-principal-unknown.js';
import yamlSyntax from './yaml-syntax.js';
import duplicateKey from './duplicate-key.js';
import invalidFieldType from './invalid-field-type.js';
import unscannedInput from './unscanned-input.js';
import suppressionInvalid from './suppression-invalid.js';
import suppressionUnused from './suppression-unused.js';

export const RULES: readonly Rule[] = [
  defaultServiceAccount,
  deprecatedServiceAccountField,
  tokenAutomount,
  saAutomountEnabled,
  defaultSaNotHardened,
  missingServiceAccount,
  sharedServiceAccount,
  unusedServiceAccount,
  legacyTokenSecret,
  legacyTokenMount,
  projectedTokenSettings,
  manualTokenMount,
  staticCloudCredentials,
  clusterAdminBinding,
  builtinAdminEditBinding,
  rbacWildcard,
  secretsAccess,
  podCreate,
  podExec,
  rbacEscalationVerbs,
  rbacBindingWrite,
  pvCreate,
  nodesProxy,
  csrApproval,
  webhookConfigWrite,
  tokenRequest,
  systemMastersBinding,
  anonymousBinding,
  allServiceaccountsBinding,
  defaultSaBinding,
  crossNamespaceSubject,
  danglingRoleRef,
  invalidBindingSubject,
  aggregateToBuiltin,
  builtinRbacRedefined,
  rbacUnknownVerbOrResource,
  rbacDeleteRights,
  workloadPermissions,
  escalationPath,
  cloudIdentityDefaultSa,
  cloudIdentityMalformed,
  azureWiPodLabelMissing,
  cloudIdentityShared,
  cloudIdentityWithClusterRbac,
  calicoSelectorSyntax,
  calicoSaNameUnknown,
  calicoSaSelectorEmpty,
  calicoAllowsDefaultSa,
  calicoSaLabelControl,
  istioPrincipalUnknown,
  yamlSyntax,
  duplicateKey,
  invalidFieldType,
  unscannedInput,
  suppressionInvalid,
  suppressionUnused,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export type { Rule } from './rule.js';
