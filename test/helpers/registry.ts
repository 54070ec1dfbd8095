// Avro tests reach the schema registry that `npm test` started (or the one SCHEMA_REGISTRY_URL names). A
// missing registry is a failure, never a skip.
import { readFile } from 'node:fs/promises';
import { loadTopology, formatDiagnostic } from '../../topology/loader.ts';
import type { Plan } from '../../topology/plan.ts';
import { brokers } from './kafka.ts';

export function registryUrl(): string {
  const url = process.env.SCHEMA_REGISTRY_URL ?? '';
  if (url === '') {
    throw new Error(
      'SCHEMA_REGISTRY_URL is not set: Avro tests need a schema registry. Run them through `npm test` ' +
        '(it starts a local one) or start one with `ingestlayer registry start --port 0`.',
    );
  }
  return url;
}

/** The flagship topology under a unique pipeline name, with Avro topics on the test registry. */
export async function avroFlagshipPlan(
  name: string,
  options: { brokers?: boolean; edit?: (yaml: string) => string; env?: Record<string, string> } = {},
): Promise<Plan> {
  let text = (await readFile('topology/pipelines/support-escalations.yaml', 'utf8')).replaceAll(
    'support-escalations',
    name,
  );
  if (options.edit) text = options.edit(text);
  const loaded = loadTopology(text, `${name}.yaml`, {
    env: {
      KAFKA_BROKERS: options.brokers === false ? '127.0.0.1:9' : brokers().join(','),
      SCHEMA_REGISTRY_URL: registryUrl(),
      CLASSIFY_PROVIDER: 'rules',
      WEBHOOK_SECRET: 'unused',
      ...options.env,
    },
    missingEnv: 'error',
  });
  if (!loaded.ok) throw new Error(loaded.errors.map(formatDiagnostic).join('\n'));
  return loaded.plan;
}
