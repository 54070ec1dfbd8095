// Runs one gateway in a process of its own for tests that take Kafka away: whatever the Kafka client is still
// retrying when the test ends dies with this process instead of holding the test process open.
// Usage: node --import tsx gateway-child.ts <topology.yaml>; prints {"address"} on stdout, stops on SIGTERM.
import { startGatewayNode } from '../../connectors/gateway.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { createRegistry } from '../../runtime/metrics.ts';
import { requirePlan } from '../../topology/loader.ts';

const plan = await requirePlan(process.argv[2]!);
const gateway = await startGatewayNode({
  plan,
  logger: silentLogger,
  registry: createRegistry({ defaultMetrics: false }),
  port: 0,
});
process.stdout.write(JSON.stringify({ address: gateway.address }) + '\n');
process.once('SIGTERM', () => {
  void gateway.stop().finally(() => process.exit(0));
});
