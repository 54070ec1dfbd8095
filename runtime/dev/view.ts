// The live view of `ingestlayer dev`: per node in / out / dropped / lag / errors, deliveries by outcome,
// DLQ counts, and the last escalations the inbox received. On a terminal it redraws in place; otherwise
// (CI, a pipe) it prints each escalation once and a summary now and then — the same figures either way.
import type { Registry } from 'prom-client';
import type { Plan } from '../../topology/plan.ts';
import type { Inbox, InboxEntry } from './inbox.ts';

interface MetricJson {
  name: string;
  values: { value: number; labels: Record<string, string | number> }[];
}

export interface NodeRow {
  node: string;
  in: number;
  out: number;
  dropped: number;
  lag: number;
  errors: number;
}

export interface Snapshot {
  nodes: NodeRow[];
  deliveries: Record<string, number>;
  dlq: number;
  inbox: { escalations: number; verified: number; rejected: number; duplicates: number };
}

export async function snapshot(plan: Plan, registry: Registry, inbox: Inbox): Promise<Snapshot> {
  const metrics = (await registry.getMetricsAsJSON()) as unknown as MetricJson[];
  const sum = (name: string, filter: (labels: Record<string, string | number>) => boolean) =>
    metrics
      .find((m) => m.name === name)
      ?.values.filter((v) => filter(v.labels))
      .reduce((a, v) => a + v.value, 0) ?? 0;
  const ids = [...plan.steps.map((s) => s.id), ...plan.destinations.map((d) => d.id)];
  const nodes = ids.map((node) => ({
    node,
    in: sum('ingestlayer_events_in_total', (l) => l.node === node),
    out: sum('ingestlayer_events_out_total', (l) => l.node === node),
    dropped: sum('ingestlayer_events_dropped_total', (l) => l.node === node),
    lag: sum('ingestlayer_consumer_lag', (l) => l.node === node),
    errors: sum('ingestlayer_errors_total', (l) => l.node === node),
  }));
  const deliveries: Record<string, number> = {};
  for (const v of metrics.find((m) => m.name === 'ingestlayer_deliveries_total')?.values ?? []) {
    const outcome = String(v.labels.outcome);
    deliveries[outcome] = (deliveries[outcome] ?? 0) + v.value;
  }
  return {
    nodes,
    deliveries,
    dlq: sum('ingestlayer_dlq_total', () => true),
    inbox: {
      escalations: inbox.entries.length,
      verified: inbox.entries.filter((e) => e.verified).length,
      rejected: inbox.rejected,
      duplicates: inbox.duplicates,
    },
  };
}

export function escalationLine(entry: InboxEntry, urgencyField = 'urgency'): string {
  const payload = entry.event?.payload ?? {};
  const ticket = String(payload.ticket_id ?? entry.id);
  const body = String(payload.body ?? '').replace(/\s+/g, ' ');
  const excerpt = body.length > 110 ? body.slice(0, 107) + '…' : body;
  return `escalation ${ticket} ${urgencyField}=${String(payload[urgencyField] ?? '?')} signature=${entry.verified ? 'verified' : 'INVALID'} body="${excerpt}"`;
}

export function summaryLines(s: Snapshot): string[] {
  const pad = (v: string | number, n: number) => String(v).padStart(n);
  const lines = [
    `${'node'.padEnd(16)}${pad('in', 8)}${pad('out', 8)}${pad('dropped', 9)}${pad('lag', 7)}${pad('errors', 8)}`,
  ];
  for (const n of s.nodes)
    lines.push(
      `${n.node.padEnd(16)}${pad(n.in, 8)}${pad(n.out, 8)}${pad(n.dropped, 9)}${pad(n.lag, 7)}${pad(n.errors, 8)}`,
    );
  const deliveries = Object.entries(s.deliveries)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  lines.push(`deliveries: ${deliveries || 'none yet'}; dead-lettered: ${s.dlq}`);
  lines.push(
    `inbox: ${s.inbox.escalations} escalations (${s.inbox.verified} signatures verified, ${s.inbox.rejected} rejected, ${s.inbox.duplicates} duplicates)`,
  );
  return lines;
}

/** Starts the view; returns a function that prints the final summary and stops it. */
export function startView(options: {
  plan: Plan;
  registry: Registry;
  inbox: Inbox;
  write: (text: string) => void;
  interactive: boolean;
  header: string[];
}): () => Promise<void> {
  const { plan, registry, inbox, write } = options;
  let printed = 0;
  let lastSummary = '';
  const tick = async () => {
    const s = await snapshot(plan, registry, inbox);
    if (options.interactive) {
      const recent = inbox.entries.slice(-8).map((e) => '  ' + escalationLine(e));
      write(
        '\x1b[H\x1b[2J' +
          [
            ...options.header,
            '',
            ...summaryLines(s),
            '',
            'last escalations:',
            ...(recent.length ? recent : ['  none yet']),
            '',
            'Ctrl-C stops everything.',
          ].join('\n') +
          '\n',
      );
      return;
    }
    for (; printed < inbox.entries.length; printed++) write(escalationLine(inbox.entries[printed]!) + '\n');
    const text = summaryLines(s).join('\n');
    if (text !== lastSummary) {
      lastSummary = text;
      write(text + '\n');
    }
  };
  const timer = setInterval(() => void tick(), options.interactive ? 1000 : 2000);
  return async () => {
    clearInterval(timer);
    for (; printed < inbox.entries.length; printed++) write(escalationLine(inbox.entries[printed]!) + '\n');
    write(['summary:', ...summaryLines(await snapshot(plan, registry, inbox))].join('\n') + '\n');
  };
}
