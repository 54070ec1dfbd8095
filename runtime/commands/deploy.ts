// `ingestlayer deploy k8s|prometheus|grafana -t <file>`: what runs and watches a topology in a cluster —
// Kubernetes manifests, Prometheus alerting rules, a Grafana dashboard — on stdout or into a file.
import { readFile, writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { renderGrafanaDashboard } from '../../deploy/grafana.ts';
import { k8sDefaults, renderK8s } from '../../deploy/k8s.ts';
import { prometheusDefaults, renderPrometheusRules } from '../../deploy/prometheus.ts';
import { requirePlan } from '../../topology/loader.ts';
import type { Plan } from '../../topology/plan.ts';

// Secrets are resolved in the cluster, not here: unset variables are fine.
const loadPlan = (file: string): Promise<Plan> => requirePlan(file, { missingEnv: 'warn', env: {} });

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
}

export function deployCommand(): Command {
  const deploy = new Command('deploy').description('render deployment manifests from a topology');
  deploy
    .command('k8s')
    .description('one Deployment per node, the topology in a ConfigMap, secrets from one Secret')
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .option('--image <image>', 'container image', k8sDefaults.image)
    .option('--namespace <ns>', 'namespace of every object')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { topology: string; image: string; namespace?: string; output?: string }) => {
      const plan = await loadPlan(opts.topology);
      const text = renderK8s(plan, {
        topologyText: await readFile(opts.topology, 'utf8'),
        image: opts.image,
        ...(opts.namespace ? { namespace: opts.namespace } : {}),
      });
      await emit(text, opts.output);
    });
  deploy
    .command('prometheus')
    .description(
      'alerting rules over the nodes of the topology (stalled node, lag, errors, DLQ, circuit, model)',
    )
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .option(
      '--lag-threshold <records>',
      'records behind before a node alerts',
      positive,
      prometheusDefaults.lagThreshold,
    )
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { topology: string; lagThreshold: number; output?: string }) => {
      const plan = await loadPlan(opts.topology);
      await emit(renderPrometheusRules(plan, { lagThreshold: opts.lagThreshold }), opts.output);
    });
  deploy
    .command('grafana')
    .description(
      'a Grafana dashboard of the topology: flow, lag, errors, DLQs, deliveries, model calls, redactions',
    )
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { topology: string; output?: string }) => {
      await emit(renderGrafanaDashboard(await loadPlan(opts.topology)), opts.output);
    });
  return deploy;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
