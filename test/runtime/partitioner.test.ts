// The partitioner must put every key where the Java client and kafkajs put it: a key that moved partition
// would break per-key ordering between records produced before and after the change.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Partitioners, type PartitionMetadata } from 'kafkajs';
import { javaCompatiblePartitioner, murmur2 } from '../../runtime/partitioner.ts';

// kafkajs's own murmur2, the reference for every 32-bit hash (not part of its typed API).
const kafkajsMurmur2 = createRequire(import.meta.url)(
  'kafkajs/src/producer/partitioners/default/murmur2.js',
) as (key: Buffer | string) => number;

const partitions = (n: number): PartitionMetadata[] =>
  Array.from({ length: n }, (_, i) => ({
    partitionErrorCode: 0,
    partitionId: i,
    leader: 0,
    replicas: [0],
    isr: [0],
  }));

describe('murmur2', () => {
  it("matches Kafka's Utils.murmur2 test vectors", () => {
    // From Apache Kafka's UtilsTest#testMurmur2.
    const vectors: [string, number][] = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    for (const [key, hash] of vectors) assert.equal(murmur2(key), hash, key);
  });

  it("matches kafkajs's murmur2 for keys of every length mod 4, bytes and UTF-8 text", () => {
    for (let length = 0; length < 80; length++) {
      for (let round = 0; round < 5; round++) {
        const bytes = randomBytes(length);
        assert.equal(murmur2(bytes), kafkajsMurmur2(bytes), bytes.toString('hex'));
      }
    }
    for (const key of ['01JDZ8K3W6Q9V2T7M4N5P0R1S8', 'ticket-ä€😀', '', 'x']) {
      assert.equal(murmur2(key), kafkajsMurmur2(key), key);
      assert.equal(murmur2(key), murmur2(Buffer.from(key)), key);
    }
  });
});

describe('javaCompatiblePartitioner', () => {
  it('puts every keyed record on the partition kafkajs DefaultPartitioner picks', () => {
    const ours = javaCompatiblePartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    for (const n of [1, 3, 7, 64]) {
      const partitionMetadata = partitions(n);
      for (let i = 0; i < 500; i++) {
        const key = i % 2 ? randomBytes(1 + (i % 40)) : randomBytes(13).toString('base64');
        const args = { topic: 't', partitionMetadata, message: { key, value: null } };
        assert.equal(ours(args), theirs(args));
      }
    }
  });

  it('keeps an explicit partition and spreads records without a key over every partition', () => {
    const partition = javaCompatiblePartitioner();
    const partitionMetadata = partitions(4);
    assert.equal(
      partition({ topic: 't', partitionMetadata, message: { key: 'k', value: null, partition: 2 } }),
      2,
    );
    const seen = new Set<number>();
    for (let i = 0; i < 8; i++)
      seen.add(partition({ topic: 't', partitionMetadata, message: { key: null, value: null } }));
    assert.deepEqual([...seen].sort(), [0, 1, 2, 3]);
  });
});
