// Creates the topology's topics (pipeline topics and DLQs) idempotently: missing ones are created with
// the partitions and retention of the plan; existing ones are left as they are and reported.
import type { ITopicConfig } from 'kafkajs';
import type { Plan, TopicPlan } from '../topology/plan.ts';
import type { AdminPort, KafkaPort } from './kafka.ts';

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
      await createTopicsWithLeaders(
        admin,
        missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          configEntries: [
            { name: 'retention.ms', value: String(t.retentionMs) },
            { name: 'cleanup.policy', value: t.compacted ? 'compact' : 'delete' },
          ],
        })),
      );
    }
    return plan.topics.map((topic) => ({ topic, created: !existing.has(topic.name) }));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Creates topics (existing ones are left alone) and returns once every partition has a leader. kafkajs's own
 * `waitForLeaders` gives up on UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker can answer for a moment after
 * the topic was created — seen as failed node starts on a busy machine — so metadata and offsets are polled
 * here instead.
 */
export async function createTopicsWithLeaders(
  admin: AdminPort,
  topics: ITopicConfig[],
  timeoutMs = 30_000,
): Promise<void> {
  await admin.createTopics({ waitForLeaders: false, topics });
  const names = topics.map((t) => t.topic);
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: names });
      const ready = metadata.topics.every(
        (t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0),
      );
      // A leader in the metadata is not yet a partition the broker serves: produce requests can still get
      // UNKNOWN_TOPIC_OR_PARTITION for some partitions, and kafkajs then re-sends the whole request, the
      // partitions that were written included (duplicates). Listing offsets succeeds only once it serves them.
      if (ready && metadata.topics.length === names.length) {
        for (const name of names) await admin.fetchTopicOffsets(name);
        return;
      }
    } catch (err) {
      if ((err as { retriable?: boolean }).retriable !== true) throw err;
    }
    if (Date.now() > until)
      throw new Error(`topics ${names.join(', ')} have no leader after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
