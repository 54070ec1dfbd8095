// `ingestlayer deploy k8s -t <file>`: Kubernetes manifests for a topology, on stdout or into a file.
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { k8sDefaults, renderK8s } from '../../deploy/k8s.ts';
import { requirePlan } from '../../topology/loader.ts';

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
      // Secrets are resolved in the cluster, not here: unset variables are fine.
      const plan = await requirePlan(opts.topology, { missingEnv: 'warn', env: {} });
      const text = renderK8s(plan, {
        topologyText: await readFile(opts.topology, 'utf8'),
        image: opts.image,
        ...(opts.namespace ? { namespace: opts.namespace } : {}),
      });
      if (opts.output) await writeFile(opts.output, text);
      else process.stdout.write(text);
    });
  return deploy;
}
