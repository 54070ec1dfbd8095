// Integration tests reach the broker that `npm test` started (or the one KAFKA_BROKERS names). A missing broker
// is a failure, never a skip: a suite that silently skips proves nothing.
import { randomBytes } from 'node:crypto';

export function brokers(): string[] {
  const list = (process.env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  if (list.length === 0) {
    throw new Error(
      'KAFKA_BROKERS is not set: integration tests need a broker. Run them through `npm test` ' +
        '(it starts a local one) or set KAFKA_BROKERS=127.0.0.1:9092.',
    );
  }
  return list;
}

/** A topic or group name no other test (or earlier run against the same broker) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}
