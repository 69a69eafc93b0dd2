/** The shape of a rule: metadata plus a check that reports JSON paths, never lines. */
import type { JsonPath, Level, MessageData, RuleMeta } from '../model/types.js';
import type { K8sObject, LoadedDocument } from '../load/load.js';
import type { Inventory } from '../inventory/inventory.js';

export interface RelatedRef {
  object: K8sObject;
  path: JsonPath;
  /** Short label: "Deployment `shop/web`". */
  label: string;
}

/** An escalation path to report as a SARIF code flow: each step where its permission is granted. */
export interface FlowRef {
  from: string;
  to: string;
  steps: { action: string; to: string; at?: { object: K8sObject; path: JsonPath } }[];
}

export interface ObjectReport {
  messageId: string;
  data?: MessageData;
  /** JSON path inside the object of the node the finding is about. */
  path: JsonPath;
  /** Point at the key of the path rather than its value. */
  key?: boolean;
  /** A character offset inside the scalar at `path` (a column within a selector). */
  offset?: number;
  /** A level other than the rule's (for rules whose severity depends on the case). */
  level?: Level;
  related?: RelatedRef[];
  /** Escalation paths from the object's subject, worst first. */
  flows?: FlowRef[];
}

export interface DocumentReport {
  messageId: string;
  data?: MessageData;
  /** Offsets inside the document's text. */
  start: number;
  end: number;
  related?: { start: number; end: number; label: string }[];
}

export interface RuleContext {
  inventory: Inventory;
  options: Record<string, number | boolean | string>;
  report(r: ObjectReport): void;
}

export interface DocumentContext {
  options: Record<string, number | boolean | string>;
  report(r: DocumentReport): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  /** Which objects `check` sees (all when absent). */
  appliesTo?: (o: K8sObject, inventory: Inventory) => boolean;
  check?: (o: K8sObject, ctx: RuleContext) => void;
  checkDocument?: (d: LoadedDocument, ctx: DocumentContext) => void;
  /** Runs after every other rule (it reads what the others read). */
  late?: boolean;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** "Deployment `shop/web`" */
export function describe(o: K8sObject): string {
  const id = o.ref.namespace ? `${o.ref.namespace}/${o.ref.name}` : o.ref.name;
  return `${o.ref.kind} \`${id}\``;
}
