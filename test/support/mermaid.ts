/**
 * Mermaid's own parser, as GitHub's renderer runs it. `mermaid.parse` needs a DOM for DOMPurify
 * (it sanitises labels), so a jsdom window is installed before mermaid is loaded.
 */
import { JSDOM } from 'jsdom';

let parser: ((text: string) => Promise<unknown>) | undefined;

/** Parses a diagram with mermaid; rejects with mermaid's parse error when it is not valid. */
export async function parseMermaid(text: string): Promise<{ diagramType: string }> {
  if (!parser) {
    const g = globalThis as { window?: unknown };
    g.window ??= new JSDOM('').window;
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    parser = (t) => mermaid.parse(t);
  }
  return (await parser(text)) as { diagramType: string };
}

/** The ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}
