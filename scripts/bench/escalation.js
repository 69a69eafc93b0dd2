// The escalation graph on the synthetic RBAC set of scripts/rbac-synth.js at 1×, 2× and 4× (1× is
// 10,000 ServiceAccounts and 10,000 bindings in 200 namespaces): the time to build the graph, and
// the shortest paths from every account (as the rules ask: the path to cluster-admin equivalence
// when there is one, else to every stronger identity; and every stronger identity from each account,
// as `access --paths` asks). Wall time (median of RUNS, after one untimed run that warms the JIT) and
// the process's CPU time for the graph and the rules' paths, which a busy machine inflates less.
// argv: RUNS [SCALES]. Prints numbers, asserts nothing.
import { inventoryOf } from '../../lib/src/index.js';
import { generateRbac } from '../rbac-synth.js';

const runs = Number(process.argv[2] ?? 3);
const scales = (process.argv[3] ?? '1,2,4').split(',').map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const rows = [];
for (const scale of scales) {
  const set = generateRbac({ scale });
  const t = { engine: [], graph: [], worst: [], all: [], cpu: [] };
  let counts;
  for (let i = 0; i <= runs; i++) {
    const timed = (k, v) => void (i > 0 && t[k].push(v));
    const inv = inventoryOf(set.files);
    let s = process.hrtime.bigint();
    const engine = inv.rbac;
    timed('engine', ms(s));
    s = process.hrtime.bigint();
    const c = cpu();
    const g = inv.escalation;
    timed('graph', ms(s));
    const accounts = g.nodes.filter((n) => n.kind === 'ServiceAccount');
    let toAdmin = 0;
    let worst = 0;
    s = process.hrtime.bigint();
    for (const n of accounts) {
      const p = g.pathsFrom([n], { worst: true });
      worst += p.length;
      if (p[0]?.to === g.admin) toAdmin++;
    }
    timed('worst', ms(s));
    timed('cpu', cpu() - c);
    let all = 0;
    s = process.hrtime.bigint();
    for (const n of accounts) all += g.pathsFrom([n]).length;
    timed('all', ms(s));
    const edges = g.nodes.reduce((k, n) => k + g.edgesFrom(n).length, 0);
    counts = { nodes: g.nodes.length, edges, accounts: accounts.length, admins: accounts.filter((n) => g.isAdminEquivalent(n)).length, toAdmin, worst, all, bindings: engine.bindings.length };
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  rows.push({ scale, set, m, counts });
  process.stdout.write(
    `escalation ${scale}× (${set.accounts} ServiceAccounts, ${set.bindings} bindings, ${set.namespaces} namespaces; graph of ${counts.nodes} nodes, ${counts.edges} edges): ` +
      `RBAC engine ${m.engine.toFixed(0)} ms; graph ${m.graph.toFixed(0)} ms; paths from every account as the rules ask ${m.worst.toFixed(0)} ms ` +
      `(${counts.admins} accounts are cluster-admin equivalent, ${counts.toAdmin} more can become it, ${counts.worst} paths); ` +
      `graph + those paths ${(m.graph + m.worst).toFixed(0)} ms, ${m.cpu.toFixed(0)} ms of CPU (the bar is 2 s at 1×); every stronger identity from every account ${m.all.toFixed(0)} ms (${counts.all} paths); median of ${runs}\n`,
  );
}
for (let i = 1; i < rows.length; i++) {
  const a = rows[0];
  const b = rows[i];
  const x = b.scale / a.scale;
  const r = (k) => (b.m[k] / a.m[k]).toFixed(2);
  process.stdout.write(`  escalation ${a.scale}× → ${b.scale}× (input ×${x}): graph ×${r('graph')}, paths as the rules ask ×${r('worst')}, graph + paths ×${((b.m.graph + b.m.worst) / (a.m.graph + a.m.worst)).toFixed(2)} (CPU ×${r('cpu')}), every stronger identity ×${r('all')}\n`);
}
