/** SARIF 2.1.0 for GitHub code scanning, built as typed objects. */
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, Region } from '../model/types.js';
import type { Rule } from '../rules/rule.js';
import { formatMessage, objectName, sentence } from './messages.js';
import { escapeControls } from './escape.js';
import { lineHashes } from './fingerprint.js';
import { VERSION } from '../version.js';

export const INFORMATION_URI = 'https://github.com/saguard/saguard';
export const helpUri = (id: string): string => `${INFORMATION_URI}/blob/main/docs/rules/${id}.md`;

export interface SarifOptions {
  /** `automationDetails.id` category (`<category>/`). */
  category: string;
  /** Text of each reported file as read, for `primaryLocationLineHash`. */
  sources: ReadonlyMap<string, string>;
  /** Absolute `file://` URI of the repository root, ending with `/`, for `%SRCROOT%`. */
  srcRootUri?: string;
}

const pascal = (id: string): string => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

export function ruleHelpMarkdown(rule: Rule): string {
  const m = rule.meta;
  return [
    `# ${m.title}`,
    '',
    m.description,
    '',
    '## Why',
    '',
    m.docs.rationale,
    '',
    '## Fix',
    '',
    m.remediation,
    '',
    '```yaml',
    m.docs.passing.trimEnd(),
    '```',
    '',
    '## References',
    '',
    ...m.references.map((r) => `- ${r}`),
  ].join('\n');
}

function ruleDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  const m = rule.meta;
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.description },
    helpUri: helpUri(rule.id),
    help: {
      text: `${m.description}\n\n${m.docs.rationale.replace(/`/g, '')}\n\nFix: ${m.remediation.replace(/`/g, '')}\n\nSee ${helpUri(rule.id)}`,
      markdown: ruleHelpMarkdown(rule),
    },
    defaultConfiguration: { level: m.level },
    properties: {
      tags: m.tags,
      precision: m.precision,
      'security-severity': m.securitySeverity,
    },
  };
}

function region(r: Region): Sarif.Region {
  return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}

function artifact(file: string): Sarif.ArtifactLocation {
  return { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}

/** `saguard/v1`: rule + file + object identity + field path, stable when lines move. */
export function saguardFingerprint(f: Finding): string {
  const identity = f.object
    ? `${f.object.group}/${f.object.kind}/${f.object.namespace ?? ''}/${f.object.name}|${f.path.join('.')}`
    : `#${f.documentIndex ?? 0}|${JSON.stringify(f.data)}`;
  return createHash('sha256').update(`${f.ruleId}|${f.location.file}|${identity}`).digest('hex').slice(0, 32);
}

export function renderSarif(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions): Sarif.Log {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const hashes = new Map<string, Map<number, string>>();
  const hashOf = (file: string, line: number): string | undefined => {
    let h = hashes.get(file);
    if (!h) {
      const text = options.sources.get(file);
      if (text === undefined) return undefined;
      h = lineHashes(text);
      hashes.set(file, h);
    }
    return h.get(line);
  };

  const results: Sarif.Result[] = findings.map((f) => {
    let text = formatMessage(f, 'sarif');
    if (f.related.length > 0) {
      text += ` (${f.related.map((r, i) => `[${escapeControls(r.label.replace(/[[\]]/g, ''))}](${i + 1})`).join(', ')})`;
    }
    const fingerprints: Record<string, string> = { 'saguard/v1': saguardFingerprint(f) };
    const lineHash = hashOf(f.location.file, f.location.region.startLine);
    if (lineHash) fingerprints.primaryLocationLineHash = lineHash;
    const result: Sarif.Result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: f.level,
      message: { text: sentence(text) },
      locations: [
        {
          physicalLocation: { artifactLocation: artifact(f.location.file), region: region(f.location.region) },
          ...(f.object
            ? {
                logicalLocations: [
                  { name: f.object.name, fullyQualifiedName: objectName(f.object), kind: 'object' },
                ],
              }
            : {}),
        },
      ],
      partialFingerprints: fingerprints,
    };
    if (f.related.length > 0) {
      result.relatedLocations = f.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: artifact(r.location.file), region: region(r.location.region) },
        message: { text: escapeControls(r.label.replace(/`/g, '')) },
      }));
    }
    if (f.suppression) result.suppressions = [{ kind: f.suppression.kind, justification: f.suppression.justification }];
    return result;
  });

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'saguard',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: INFORMATION_URI,
        rules: rules.map(ruleDescriptor),
      },
    },
    automationDetails: { id: `${options.category}/` },
    ...(options.srcRootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRootUri } } } : {}),
    columnKind: 'utf16CodeUnits',
    results,
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
}
