/**
 * A local HTTP server that plays the GitHub REST API for the endpoints the Action uses, and checks
 * every request's method, path, query parameters and JSON body against GitHub's published
 * OpenAPI description (@octokit/openapi).
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

let spec: { paths: Record<string, Record<string, Operation>>; components: unknown } | undefined;
const validators = new Map<string, (data: unknown) => boolean>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Ajv's CJS default export
let ajv: any;

function loadSpec(): NonNullable<typeof spec> {
  spec ??= require('@octokit/openapi/generated/api.github.com.json');
  return spec!;
}

export interface Call {
  /** When the request arrived (ms since the epoch). */
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Problems against the OpenAPI description (none expected). */
  problems: string[];
  /** For SARIF uploads: the decoded log, and its JSON text as uploaded. */
  sarif?: { runs: { results: unknown[] }[] };
  sarifText?: string;
}

export function checkAgainstOpenApi(method: string, path: string, query: Record<string, string>, body: unknown): string[] {
  const s = loadSpec();
  const problems: string[] = [];
  const template = Object.keys(s.paths).find((t) => new RegExp('^' + t.replace(/\{[^}]+\}/g, '[^/]+') + '$').test(path));
  if (!template) return [`${method} ${path}: no such path in the OpenAPI description`];
  const op = s.paths[template]![method.toLowerCase()];
  if (!op) return [`${method} ${template}: no such operation`];
  const components = s.components as { parameters: Record<string, { name: string; in: string }> };
  const params = (op.parameters ?? []).map((p) => ('$ref' in p ? components.parameters[String((p as { $ref: string }).$ref).split('/').pop()!]! : p));
  const queryParams = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const q of Object.keys(query)) if (!queryParams.has(q)) problems.push(`${method} ${template}: unknown query parameter ${q}`);
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (schema) {
    const key = `${method} ${template}`;
    let validate = validators.get(key);
    if (!validate) {
      ajv ??= new (Ajv as unknown as new (o: object) => { compile: (s: object) => (d: unknown) => boolean })({ strict: false, allErrors: true, validateFormats: false });
      const compiled: (d: unknown) => boolean = ajv.compile({ ...(schema as object), components: s.components });
      validators.set(key, compiled);
      validate = compiled;
    }
    if (!validate(body)) problems.push(`${key}: body does not match: ${JSON.stringify((validate as unknown as { errors: unknown }).errors).slice(0, 500)}`);
  } else if (body !== undefined) problems.push(`${method} ${template}: takes no body`);
  return problems;
}

/** An answer: JSON `body`, or `raw` bytes as they are, or none at all (`hang`: the API never answers). */
export type Reply = { status: number; body?: unknown; raw?: string | Buffer; headers?: Record<string, string>; hang?: boolean };

export async function startGitHub(handler: (call: Call, n: number) => Reply): Promise<{ url: string; port: number; calls: Call[]; close: () => Promise<void> }> {
  const calls: Call[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query = Object.fromEntries(url.searchParams.entries());
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? JSON.parse(text) : undefined;
      const call: Call = { at: Date.now(), method: req.method ?? 'GET', path: url.pathname, query, body, problems: checkAgainstOpenApi(req.method ?? 'GET', url.pathname, query, body) };
      // Octokit sends `token T`, other clients `Bearer T`: GitHub takes both.
      if (!/^(Bearer|token) \S+$/.test(req.headers.authorization ?? '')) call.problems.push('no token');
      if (call.path.endsWith('/code-scanning/sarifs') && call.method === 'POST' && typeof (body as { sarif?: unknown })?.sarif === 'string') {
        call.sarifText = gunzipSync(Buffer.from((body as { sarif: string }).sarif, 'base64')).toString('utf8');
        call.sarif = JSON.parse(call.sarifText);
      }
      calls.push(call);
      const reply = handler(call, calls.length);
      if (reply.hang) return;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.raw !== undefined ? reply.raw : reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
