/**
 * Files that are Go templates (Helm chart templates outside `templates/`, `helm create` copies,
 * generator inputs), not manifests: `{{ .Values.x }}`, `{{- if … }}`, `{{ include … }}` where YAML
 * expects content. They are listed as skipped ("looks like a template; render it") rather than
 * reported as YAML syntax errors or read as objects whose names are maps. Go template actions inside
 * strings and block scalars (Argo Workflows' `{{inputs.parameters.x}}`, Prometheus alert texts) are
 * content, and do not make a file a template.
 */
import { isMap, visit, type Document } from 'yaml';

/** A Go template action: `{{` (with optional `-` trim) opening a pipeline on `.`/`$`, a keyword, or a comment. */
const ACTION =
  /\{\{-?\s*(?:[.$]|\/\*|(?:if|else|end|range|with|define|template|include|block|toYaml|toJson|tpl|required|printf|quote|default|fail|lookup|nindent|indent|not|and|or|eq|ne)\b)/;

/** Offset of the first Go template action outside comment lines, or -1. */
export function firstAction(text: string): number {
  const re = new RegExp(ACTION.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!/^\s*#/.test(text.slice(lineStart, m.index))) return m.index;
  }
  return -1;
}

/** An action where YAML expects content: at the start of a line, after `- `, or as an unquoted value. */
const STRUCTURAL = new RegExp(`^[ \\t]*(?:-[ \\t]+)*(?:[^\\s#'"{][^#'"]*?:[ \\t]+)?${ACTION.source}`, 'm');

/**
 * Whether a parsed YAML document is a Go template: it has syntax errors and a template action where
 * YAML expects content, or a template action stands where YAML reads a flow mapping
 * (`name: {{ .Release.Name }}` parses as a map whose key is a map).
 */
export function isGoTemplate(doc: Document.Parsed | undefined, text: string, hasProblems: boolean): boolean {
  if (firstAction(text) === -1) return false;
  if (hasProblems || !doc) return STRUCTURAL.test(text);
  let found = false;
  visit(doc, {
    Map(_, node) {
      const first = node.items[0];
      if (node.flow && first && isMap(first.key) && first.key.flow) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
