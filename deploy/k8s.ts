// Kubernetes manifests rendered from a topology: one Deployment per node (`ingestlayer run --only <id>`),
// so each step, destination and the gateway scales on its own; the topology file in a ConfigMap; every
// `${VAR}` the file references as an environment variable, taken from one Secret (values never appear in
// the manifests); probes on /healthz and /readyz; Prometheus scrape annotations on /metrics.
import { stringify } from 'yaml';
import { maskReferences } from '../topology/interpolate.ts';
import { nodeIds, type Plan } from '../topology/plan.ts';

export interface K8sOptions {
  /** The topology file's text, mounted as-is. */
  topologyText: string;
  image: string;
  namespace?: string;
  /** Variables with a default in the file are optional in the Secret; the others are required. */
  secretName?: string;
}

export const k8sDefaults = {
  image: 'ingestlayer:0.1.0',
  metricsPort: 9464,
  replicas: 1,
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
} as const;

export function renderK8s(plan: Plan, options: K8sOptions): string {
  const name = plan.name;
  const secretName = options.secretName ?? `${name}-env`;
  const ns = options.namespace ? { namespace: options.namespace } : {};
  const labels = (node?: string) => ({
    'app.kubernetes.io/name': 'ingestlayer',
    'app.kubernetes.io/instance': name,
    ...(node ? { 'app.kubernetes.io/component': node } : {}),
  });
  const variables = new Map<string, boolean>();
  for (const ref of maskReferences(options.topologyText).references) {
    if (ref.name) variables.set(ref.name, (variables.get(ref.name) ?? true) && ref.fallback !== undefined);
  }
  const env = [...variables.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([variable, optional]) => ({
      name: variable,
      valueFrom: {
        secretKeyRef: { name: secretName, key: variable, ...(optional ? { optional: true } : {}) },
      },
    }));

  const docs: object[] = [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `${name}-topology`, ...ns, labels: labels() },
      data: { 'topology.yaml': options.topologyText },
    },
  ];
  for (const node of nodeIds(plan)) {
    const isGateway = node === 'gateway';
    const gatewayPort = isGateway
      ? Number((plan.gateway?.config as { port?: number } | undefined)?.port ?? 8080)
      : undefined;
    const ports = [
      { name: 'metrics', containerPort: k8sDefaults.metricsPort },
      ...(gatewayPort ? [{ name: 'http', containerPort: gatewayPort }] : []),
    ];
    docs.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `${name}-${node}`, ...ns, labels: labels(node) },
      spec: {
        replicas: k8sDefaults.replicas,
        selector: { matchLabels: labels(node) },
        template: {
          metadata: {
            labels: labels(node),
            annotations: {
              'prometheus.io/scrape': 'true',
              'prometheus.io/port': String(k8sDefaults.metricsPort),
              'prometheus.io/path': '/metrics',
            },
          },
          spec: {
            // SIGTERM → the node finishes its batch in flight, commits and leaves its group.
            terminationGracePeriodSeconds: 60,
            containers: [
              {
                name: 'node',
                image: options.image,
                args: [
                  'run',
                  '-t',
                  '/etc/ingestlayer/topology.yaml',
                  '--only',
                  node,
                  '--metrics-port',
                  String(k8sDefaults.metricsPort),
                ],
                env,
                ports,
                readinessProbe: { httpGet: { path: '/readyz', port: 'metrics' }, periodSeconds: 5 },
                livenessProbe: {
                  httpGet: { path: '/healthz', port: 'metrics' },
                  periodSeconds: 10,
                  failureThreshold: 6,
                },
                resources: k8sDefaults.resources,
                securityContext: {
                  runAsNonRoot: true,
                  readOnlyRootFilesystem: true,
                  allowPrivilegeEscalation: false,
                },
                volumeMounts: [
                  { name: 'topology', mountPath: '/etc/ingestlayer', readOnly: true },
                  // The TypeScript loader caches compiled sources under the temp dir.
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'topology', configMap: { name: `${name}-topology` } },
              { name: 'tmp', emptyDir: {} },
            ],
          },
        },
      },
    });
    if (isGateway) {
      docs.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `${name}-gateway`, ...ns, labels: labels(node) },
        spec: { selector: labels(node), ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
      });
    }
  }
  const header =
    `# Generated by \`ingestlayer deploy k8s -t ${plan.file}\`. Do not edit by hand.\n` +
    `# Create the Secret "${secretName}" with the variables the topology references: ` +
    `${[...variables.keys()].sort().join(', ')}.\n`;
  return header + docs.map((d) => '---\n' + stringify(d, { lineWidth: 0 })).join('');
}
