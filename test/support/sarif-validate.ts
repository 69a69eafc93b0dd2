/** SARIF validators used by the tests: the OASIS schema with Ajv (2020 mode) and Microsoft's multitool with GitHub's rules on. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const require = createRequire(import.meta.url);

let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

export function schemaErrors(log: unknown): unknown[] {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(path.join(SHARED, 'data', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    validator = ajv.compile(schema);
  }
  return validator(log) ? [] : ((validator.errors as unknown[]) ?? []);
}

function multitoolBinary(): string {
  const dir = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
  const bin = path.join(dir, 'Sarif.Multitool');
  // npm does not keep the executable bit of this package's binary.
  if ((fs.statSync(bin).mode & 0o111) === 0) fs.chmodSync(bin, 0o755);
  return bin;
}

export interface MultitoolResult {
  ruleId: string;
  level: string;
  where: string;
}

/** Runs `Sarif.Multitool validate --rule-kind "Ghas;Sarif"` with GH1001–GH1007 raised to errors; returns every result of its report. */
export function multitool(log: unknown): MultitoolResult[] {
  const bin = multitoolBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saguard-smt-'));
  try {
    const cfg = path.join(dir, 'cfg.xml');
    execFileSync(bin, ['export-validation-config', cfg], { stdio: 'pipe' });
    const xml = fs
      .readFileSync(cfg, 'utf8')
      .replace(/(<Properties Key="GH100[1-7]\.[^"]+">\s*<Property Key="RuleEnabled" Value=")[^"]+"/g, '$1Error"');
    if ((xml.match(/Value="Error"/g) ?? []).length < 7) throw new Error('could not enable GH1001–GH1007 in the multitool configuration');
    fs.writeFileSync(cfg, xml);
    const input = path.join(dir, 'input.sarif');
    const report = path.join(dir, 'report.sarif');
    fs.writeFileSync(input, JSON.stringify(log));
    execFileSync(bin, ['validate', input, '--rule-kind', 'Ghas;Sarif', '-c', cfg, '--level', 'Error;Warning;Note', '-o', report, '--log', 'ForceOverwrite'], {
      stdio: 'pipe',
    });
    const out = JSON.parse(fs.readFileSync(report, 'utf8').replace(/^\uFEFF/, ''));
    return (out.runs[0].results as { ruleId: string; level?: string; message: { arguments?: string[] } }[]).map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      where: r.message.arguments?.[0] ?? '',
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
