/** Markdown as GitHub renders it (GitHub-flavoured: tables, strikethrough, autolinks), for tests. */
import { marked } from 'marked';

/** The rendered HTML's tables: each a list of rows of cell HTML. */
export function tablesOf(markdown: string): { heading: string; rows: string[][] }[] {
  const html = marked.parse(markdown, { gfm: true, async: false });
  const out: { heading: string; rows: string[][] }[] = [];
  const re = /(?:<h3[^>]*>([\s\S]*?)<\/h3>\s*)?<table>([\s\S]*?)<\/table>/g;
  for (const m of html.matchAll(re)) {
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(m[2]!)?.[1] ?? '';
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!));
    out.push({ heading: m[1] ?? '', rows });
  }
  return out;
}
