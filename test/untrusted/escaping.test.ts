/**
 * Issue 10 item 11: values from manifests are data. A subject name with a backtick must not close
 * the code span in the job summary (links, images and HTML would then render), and escape bytes
 * in names must not reach a terminal or a log raw. The Markdown is checked by a real GFM
 * parser (marked), not by looking for strings.
 */
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { lint } from '../../src/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { renderGithub } from '../../src/report/github.js';
import { renderSarif } from '../../src/report/sarif.js';
import { formatMessage } from '../../src/report/messages.js';
import { escapeControls, markdownCode, markdownText, markdownValue } from '../../src/report/escape.js';
import { publishCheckRun } from '../../src/publish/action/report.js';
import type { GitHubClient } from '../../src/publish/action/github.js';
import { Deadline } from '../../src/publish/action/deadline.js';
import { main, type CliIO } from '../../src/publish/cli/main.js';

/** GitHub-flavoured Markdown (tables, autolinks, raw HTML passed through) as marked renders it. */
const md = {
  render: (s: string): string => marked.parse(s, { async: false, gfm: true }),
  renderInline: (s: string): string => marked.parseInline(s, { async: false, gfm: true }),
};

/** Subject names a pull request may write: Markdown that renders, HTML, terminal escapes (erase line, OSC 52 clipboard write, bell). */
const HOSTILE = [
  'x` ![img](https://evil.example/i.png) [click](https://evil.example) <img src=x onerror=alert(1)> `',
  '``y`` <b>bold</b> **strong** www.evil.example https://evil.example/a',
  'ok\u001b[2K\u001b[1Aerased\u001b]52;c;ZXZpbA==\u0007\r\nfake.yaml:1:1 error forged',
  '\u202eevil\u2066|pipe|\u2069 &amp; &#60;script&#62;',
];

/** One ClusterRoleBinding to cluster-admin per name (each message then quotes its name). */
function binding(names: string[]): string {
  return names
    .map(
      (n, i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: admins-${i}
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - kind: User
    apiGroup: rbac.authorization.k8s.io
    name: ${JSON.stringify(n)}
`,
    )
    .join('---\n');
}

const TEXT = binding(HOSTILE);
const result = lint([{ path: 'rbac.yaml', text: TEXT }]);
const mentioning = result.findings.filter((f) => HOSTILE.some((h) => JSON.stringify(f.data).includes(JSON.stringify(h).slice(1, 8))));

/** Every element the Markdown renders to, by tag, outside code spans. */
function tags(html: string): string[] {
  const withoutCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  return [...withoutCode.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]!);
}

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Each case runs in-process, bounded by the describe's timeout. */
describe('values from manifests are data in every renderer (each under 5 s)', { timeout: 5_000 }, () => {
  it('the hostile names reach findings (the test would prove nothing otherwise)', () => {
    expect(mentioning.length).toBeGreaterThan(0);
    expect(mentioning.some((f) => f.ruleId === 'cluster-admin-binding')).toBe(true);
  });

  it('job summary: no link, image or HTML renders, the names show literally, the table keeps its columns', () => {
    const html = md.render(renderMarkdown(result.findings));
    expect(tags(html).filter((t) => !['h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'p', 'blockquote', 'details', 'summary', 'ul', 'li', 'strong'].includes(t))).toEqual([]);
    // Every row of every table has as many cells as its header: no value split a row.
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g)!) {
      const widths = table.match(/<tr>[\s\S]*?<\/tr>/g)!.map((row) => row.match(/<t[dh][ >]/g)!.length);
      expect(new Set(widths).size).toBe(1);
    }
    expect(html).toContain('<td><code>rbac.yaml:5</code></td>');
    // What a reader sees: the Markdown and HTML of the names, as written.
    const visible = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const s of ['![img](https://evil.example/i.png) [click](https://evil.example) <img src=x onerror=alert(1)>', '<b>bold</b> **strong** www.evil.example', '&amp; &#60;script&#62;']) {
      expect(visible).toContain(s);
    }
    expect(html).not.toMatch(CONTROL);
  });

  it('markdownValue, markdownText and markdownCode render exactly their input, whatever it holds', () => {
    const samples = [...HOSTILE.map(escapeControls), '`', '``', ' a ', '` `', '\\', '*_~', 'a|b', '<!-- x -->', '&lt;', '[a]: https://x', '# h', '1. x'];
    const plain = (html: string): string =>
      html
        .replace(/<\/?(p|code)>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    for (const s of samples) {
      expect(plain(md.renderInline(markdownText(s))).trim()).toBe(s.trim());
      expect(plain(md.renderInline(markdownCode(s)))).toBe(s);
      expect(md.renderInline(markdownCode(s))).toMatch(/^<code>[\s\S]*<\/code>$/);
      expect(tags(md.renderInline(markdownValue(`Group \`${s}\` and ${s}`)))).toEqual([]);
    }
  });

  it('text output, CLI and workflow commands: no control character reaches a terminal or the log', async () => {
    for (const color of [false, true]) {
      const text = renderText(result.findings, { color });
      const stripped = color ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
      expect(stripped).not.toMatch(CONTROL);
      expect(stripped).toContain('ok\\u001b[2K\\u001b[1Aerased\\u001b]52;c;ZXZpbA==\\u0007\\u000d\\u000afake.yaml:1:1 error forged');
      // A forged line never starts a line of its own.
      expect(stripped.split('\n').filter((l) => l.startsWith('fake.yaml'))).toEqual([]);
    }
    const commands = renderGithub(result.findings);
    expect(commands).not.toMatch(CONTROL);
    for (const line of commands.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=rbac\.yaml,/);

    let out = '';
    const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (out += s), readStdin: async () => TEXT, cwd: process.cwd(), env: {}, stdoutIsTTY: true, stderrIsTTY: true };
    for (const argv of [['scan', '-'], ['scan', '-', '--format', 'markdown'], ['who-can', '*', '*', '-f', '-'], ['access', '--as', HOSTILE[2]!, '-f', '-']]) {
      out = '';
      await main(argv, io);
      expect(out.replace(/\u001b\[[0-9;]*m/g, ''), argv.join(' ')).not.toMatch(CONTROL);
    }
  });

  it('SARIF message text: no control characters, and a value cannot make a link', () => {
    const sarif = renderSarif(result.findings, result.rules, { category: 'c', sources: new Map([['rbac.yaml', TEXT]]) });
    for (const r of sarif.runs[0]!.results!) {
      expect(r.message.text).not.toMatch(CONTROL);
      // Only the related-location links saguard writes: `[label](N)`.
      const links = [...r.message.text!.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)]*)\)/g)].map((m) => m[2]);
      for (const l of links) expect(l).toMatch(/^\d+$/);
    }
  });

  it('check-run annotations: plain text without control characters', async () => {
    const bodies: { output: { annotations?: { message: string; title: string }[] } }[] = [];
    const client = {
      createCheckRun: async (_d: Deadline, _o: string, _r: string, body: (typeof bodies)[number]) => (bodies.push(body), 1),
      updateCheckRun: async (_d: Deadline, _o: string, _r: string, _id: number, body: (typeof bodies)[number]) => (bodies.push(body), 1),
    } as unknown as GitHubClient;
    await publishCheckRun(client, new Deadline('test', 10_000), { owner: 'o', repo: 'r' }, 'b'.repeat(40), result.findings, { conclusion: 'failure', title: 't', summary: 's' });
    const annotations = bodies.flatMap((b) => b.output.annotations ?? []);
    expect(annotations.length).toBe(result.findings.length);
    for (const a of annotations) expect(a.message + a.title).not.toMatch(CONTROL);
  });

  it('file names are data too: workflow commands, text and the summary show their escape bytes, never send them', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: a }\nspec:\n  containers: [{ name: c, image: i }]\n';
    const names = ['x\u001b]52;c;ZXZpbA==\u0007.yaml', 'nl\nfake.yaml:1:1 error forged.yaml', 'md`[l](https:evil)`<img src=x>|p.yaml', '\u202eevil.yaml'];
    const r = lint(names.map((n) => ({ path: `deploy/${n}`, text: pod })));
    expect(new Set(r.findings.map((f) => f.location.file)).size).toBe(names.length);
    const commands = renderGithub(r.findings);
    expect(commands).not.toMatch(CONTROL);
    // One command per finding, each on its own line; a line break in a name is encoded as the runner decodes it.
    expect(commands.trimEnd().split('\n')).toHaveLength(r.findings.length);
    expect(commands).toContain('file=deploy/x\\u001b]52;c;ZXZpbA==\\u0007.yaml,');
    expect(commands).toContain('file=deploy/nl%0Afake.yaml%3A1%3A1 error forged.yaml,');
    expect(renderText(r.findings, { color: false })).not.toMatch(CONTROL);
    const html = md.render(renderMarkdown(r.findings));
    expect(html).not.toMatch(CONTROL);
    expect(tags(html).filter((t) => !['h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'p', 'details', 'summary', 'ul', 'li', 'strong'].includes(t))).toEqual([]);
    expect(html).toContain('<code>deploy/nl\\u000afake.yaml:1:1 error forged.yaml:4</code>');
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g)!) {
      const widths = table.match(/<tr>[\s\S]*?<\/tr>/g)!.map((row) => row.match(/<t[dh][ >]/g)!.length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('formatMessage keeps ordinary values as they are', () => {
    const r = lint([{ path: 'a.yaml', text: binding(['alice']) }]);
    const f = r.findings.find((x) => x.ruleId === 'cluster-admin-binding')!;
    expect(formatMessage(f)).toContain('User `alice`');
    expect(formatMessage(f, 'markdown')).toContain('User `alice`');
    expect(formatMessage(f, 'sarif')).toBe(formatMessage(f));
  });
});
