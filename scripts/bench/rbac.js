// The RBAC engine on one corpus: every subject (ServiceAccounts, binding subjects) × the sensitive
// permissions, asked both ways: the effective-rules analysis, and one authorization decision per
// permission check in every namespace the corpus uses. argv: DIR RUNS.
import fs from 'node:fs';
import path from 'node:path';
import { inventoryOf } from '../../lib/src/index.js';
import { Inventory } from '../../lib/src/inventory/inventory.js';
import { PERMISSIONS, SENSITIVE, sensitivePermissions } from '../../lib/src/inventory/rbac/permissions.js';

const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 7);

function readTree(top) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push({ path: path.relative(top, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(top);
  return out;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  fn(); // warm-up
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

const files = readTree(dir);
let subjects = [];
let decisions = 0;
let held = 0;
const tRbac = time(() => {
  const inv = inventoryOf(files);
  const engine = inv.rbac;
  const users = new Map();
  for (const o of inv.objects) if (o.ref.group === '' && o.ref.kind === 'ServiceAccount') users.set(`sa:${o.ref.namespace}/${o.ref.name}`, Inventory.accountUser({ namespace: o.ref.namespace, name: o.ref.name }));
  for (const b of engine.bindings) {
    for (const s of b.subjects) {
      if (s.kind === 'ServiceAccount') {
        const ns = s.namespace || b.namespace;
        if (ns) users.set(`sa:${ns}/${s.name}`, Inventory.accountUser({ namespace: ns, name: s.name }));
      } else if (s.kind === 'User') users.set(`user:${s.name}`, { user: s.name, groups: ['system:authenticated'] });
      else if (s.kind === 'Group') users.set(`group:${s.name}`, { user: `member-of:${s.name}`, groups: [s.name, 'system:authenticated'] });
    }
  }
  subjects = [...users.values()];
  const namespaces = ['', ...new Set(inv.objects.map((o) => o.ref.namespace).filter(Boolean))];
  decisions = 0;
  held = 0;
  for (const u of subjects) {
    held += sensitivePermissions(engine, u).length;
    for (const id of SENSITIVE) {
      for (const c of PERMISSIONS[id].checks) {
        const verbs = c.verbs === 'any' ? ['get'] : c.verbs;
        const [resource, sub = ''] = c.resource.split('/');
        for (const verb of verbs) {
          for (const namespace of namespaces) {
            engine.authorize(u, { kind: 'resource', verb, apiGroup: c.group, resource, subresource: sub === '*' ? 'x' : sub, name: '', namespace });
            decisions++;
          }
        }
      }
    }
  }
});
process.stdout.write(
  `rbac (${path.basename(dir)}): ${subjects.length} subjects × ${SENSITIVE.length} sensitive permissions: ${decisions} authorization decisions and the effective-rules analysis (${held} sensitive grants found) in ${tRbac.toFixed(1)} ms (${Math.round(decisions / (tRbac / 1000))} decisions/s, inventory and engine built included; median of ${runs})\n`,
);
