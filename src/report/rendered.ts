/**
 * Sentences about where a finding was found in rendered output (helm template, kustomize build)
 * and how it was placed in the sources: said wherever the finding is shown, so that a reader knows
 * when the line is a parent of the node and not the node itself. Paths and renderer names come
 * from the repository: they are escaped like every other value.
 */
import type { Finding } from '../model/types.js';
import { escapeControls, markdownCode, markdownText, sarifText } from './escape.js';

export type NoteStyle = 'plain' | 'sarif' | 'markdown';

const text = (s: string, style: NoteStyle): string => (style === 'markdown' ? markdownText(s) : style === 'sarif' ? sarifText(s) : escapeControls(s));
const code = (s: string, style: NoteStyle): string => (style === 'markdown' ? markdownCode(s) : `\`${text(s, style)}\``);

const keyPath = (path: readonly (string | number)[]): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

/**
 * For findings not placed on their own node: why the line is another one
 * (placed on `rules`, the nearest parent written in the source: …).
 */
export function placementNote(f: Finding, style: NoteStyle = 'plain'): string | undefined {
  const r = f.rendered;
  if (!r || r.mapping === 'exact') return undefined;
  if (r.mapping === 'parent' && r.path && r.path.length > 0) {
    return `placed on ${code(keyPath(r.path), style)}, the nearest parent written in the source: the value comes from a template action, a values file or a generator`;
  }
  return 'placed on the first line of the source document: the node is not written there';
}

/** Where the finding is in the rendered output, and the other renderings that gave it. */
export function renderedNote(f: Finding, style: NoteStyle = 'plain'): string | undefined {
  const r = f.rendered;
  if (!r) return undefined;
  const also = r.also && r.also.length > 0 ? `; also in ${r.also.map((a) => text(a, style)).join(', ')}` : '';
  return `${text(r.renderer, style)}, line ${r.region.startLine}:${r.region.startColumn}${also}`;
}

/** The message of a finding with its placement note and the other overlays, for one-line displays (annotations, SARIF, summary). */
export function withPlacement(message: string, f: Finding, style: NoteStyle = 'plain'): string {
  const note = placementNote(f, style);
  const also = f.rendered?.also && f.rendered.also.length > 0 ? ` (also in ${f.rendered.also.map((a) => text(a, style)).join(', ')})` : '';
  return (note ? `${message.replace(/[.\s]+$/, '')} (${note})` : message) + also;
}
