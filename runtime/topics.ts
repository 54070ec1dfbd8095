// Creates the topology's topics (pipeline topics and DLQs) idempotently: missing ones are created with
// the partitions and retention of the plan; existing ones are left as they are and reported.
import type { Plan, TopicPlan } from '../topology/plan.ts';
import type { KafkaPort } from './kafka.ts';

export interface TopicReport {
  topic: TopicPlan;
  created: boolean;
}

export async function createTopics(plan: Plan, kafka: KafkaPort): Promise<TopicReport[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = plan.topics.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          configEntries: [
            { name: 'retention.ms', value: String(t.retentionMs) },
            { name: 'cleanup.policy', value: t.compacted ? 'compact' : 'delete' },
          ],
        })),
      });
    }
    return plan.topics.map((topic) => ({ topic, created: !existing.has(topic.name) }));
  } finally {
    await admin.disconnect();
  }
}
