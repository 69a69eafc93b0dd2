/** Shared pieces of the Calico rules of SPEC §6.5. */
import type { K8sObject } from '../load/load.js';
import { isCalicoPolicy } from '../inventory/calico/policy.js';

export const appliesToCalico = (o: K8sObject): boolean => isCalicoPolicy(o);
