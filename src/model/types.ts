/** Types shared by every stage. No logic lives here. */

export type Level = 'error' | 'warning' | 'note';
export type FailOn = Level | 'none';
export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/** A JSON path inside an object: `['spec', 'template', 'spec', 'serviceAccountName']`. */
export type JsonPath = readonly (string | number)[];

/** 1-based lines and columns (columns in UTF-16 code units, as SARIF's default). */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Location {
  /** Path relative to the repository root (or as given), with forward slashes. */
  file: string;
  region: Region;
}

/** Identity of a Kubernetes object, group-aware. `namespace` is undefined for cluster-scoped kinds. */
export interface ObjectRef {
  group: string;
  version: string;
  kind: string;
  namespace: string | undefined;
  name: string;
}

export type MessageData = Record<string, string | number>;

export interface RelatedLocation {
  location: Location;
  /** Short label, e.g. "ServiceAccount `shop/api`". */
  label: string;
  /** The object and path the location is of, when it is a node of an object (for source mapping). */
  object?: ObjectRef;
  path?: JsonPath;
}

/** One step of an escalation path: what the subject does, the identity it reaches, and where the permission is granted. */
export interface FlowStep {
  /** "create `pods` in namespace `shop`" */
  action: string;
  /** The identity reached: "ServiceAccount `shop/deployer`". */
  to: string;
  /** Where the permission that allows the step is granted; absent when only built-in roles grant it. */
  location?: Location;
  /** The object and path the location is of (for source mapping). */
  object?: ObjectRef;
  path?: JsonPath;
}

/** A path from the identity a finding is about to a stronger one (a SARIF code flow). */
export interface Flow {
  /** The identity the path starts from: "ServiceAccount `shop/web`". */
  from: string;
  /** The identity it ends at. */
  to: string;
  steps: FlowStep[];
}

export interface Suppression {
  /** `inSource`: an annotation on the object; `external`: the configuration or a baseline. */
  kind: 'inSource' | 'external';
  /** The reason given (empty when none was). */
  justification: string;
  /** What suppressed it: a `saguard.dev/ignore` annotation, an `ignore:` entry of the configuration, or a baseline. */
  source: 'annotation' | 'config' | 'baseline';
}

/**
 * Where a finding sits in rendered output (`helm template`, `kustomize build`), which is not a
 * file of the repository, and how its location in the sources was found.
 */
export interface Rendering {
  /** What rendered the manifests, e.g. `helm template charts/shop`. */
  renderer: string;
  /** The finding's region in the rendered output. */
  region: Region;
  /**
   * `exact`: the node itself; `parent`: the nearest parent written in the source (the value came
   * from a template action or a generator), at `path`; `document`: the first line of the source
   * document, nothing closer being known.
   */
  mapping: 'exact' | 'parent' | 'document';
  path?: JsonPath;
  /** Other renderings (overlays of one base) that gave the same finding on the same source line. */
  also?: string[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  data: MessageData;
  level: Level;
  object: ObjectRef | undefined;
  /** JSON path inside the object (empty for file-level findings). */
  path: JsonPath;
  location: Location;
  related: RelatedLocation[];
  /** Escalation paths from the finding's subject (rule `escalation-path`), worst first. */
  flows?: Flow[];
  /** For findings about a whole document (syntax, duplicate keys): its index in the file. */
  documentIndex?: number;
  suppression?: Suppression;
  /** Set when the finding was found in rendered output and moved to the sources. */
  rendered?: Rendering;
}

export interface RuleOptionMeta {
  type: 'number' | 'boolean' | 'string';
  default: number | boolean | string;
  description: string;
  /** Smallest accepted value of a number option. */
  minimum?: number;
}

/** Why a file that kubectl would apply was not read. */
export type Unread =
  | { reason: 'too-large'; size: number; limit: number }
  /** A symbolic link to `target`, outside `boundary` (the workspace, the repository, a directory). */
  | { reason: 'link-outside'; target: string; boundary: string }
  | { reason: 'not-regular'; type: string }
  | { reason: 'unreadable'; code: string };

export interface RuleDocs {
  /** Why the rule exists, a paragraph of Markdown. */
  rationale: string;
  /** A manifest that makes the rule report (checked by the meta-tests). */
  failing: string;
  /** The same manifest fixed (checked by the meta-tests to be clean for this rule). */
  passing: string;
  /**
   * For a rule about files saguard did not read: how the failing example's file was not read
   * (the meta-tests pass it along with the text, as the file walk does).
   */
  unread?: Unread;
}

export interface RuleMeta {
  title: string;
  /** One sentence, plain text. */
  description: string;
  level: Level;
  /**
   * `security` (for security rules), the area and the CIS item (`cis-5.1.6`) where one applies.
   * Input-hygiene rules (files that do not parse, fields of the wrong type, suppressions) are not
   * security rules: no `security` tag and no `securitySeverity`.
   */
  tags: string[];
  /**
   * Numeric string, GitHub's security-severity (0.1–10.0), in the band of `level` (error: 7.0 and
   * up, warning: 4.0–6.9, note: 0.1–3.9). Security rules only.
   */
  securitySeverity?: string;
  precision: 'very-high' | 'high' | 'medium' | 'low';
  messages: Record<string, string>;
  /** Ends with a period. */
  remediation: string;
  references: string[];
  options?: Record<string, RuleOptionMeta>;
  docs: RuleDocs;
}
