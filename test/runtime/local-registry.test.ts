// Manages its own registries (fresh temp dirs, free ports); it deliberately ignores SCHEMA_REGISTRY_URL.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { IngestlayerError } from '../../runtime/errors.ts';
import {
  findRegistryJava,
  localRegistryStatus,
  registryAppUpToDate,
  startLocalRegistry,
  stopLocalRegistry,
  type LocalRegistry,
} from '../../runtime/local-registry.ts';
import { uniqueName } from '../helpers/kafka.ts';

const hangGuard = { timeout: 180_000 };

function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ingestlayer-local-registry-'));
}

async function processGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
    await sleep(100);
  }
  return false;
}

/** A fake JDK home: only the `release` file the lookup reads. */
async function fakeJdk(root: string, name: string, version: string): Promise<string> {
  const home = path.join(root, name);
  await mkdir(path.join(home, 'bin'), { recursive: true });
  await writeFile(path.join(home, 'release'), `JAVA_VERSION="${version}"\n`);
  return home;
}

describe('local schema registry', () => {
  let dir: string;
  let registry: LocalRegistry;

  before(async () => {
    dir = await tempDir();
    registry = await startLocalRegistry({ port: 0, dir });
  }, hangGuard);

  after(async () => {
    await stopLocalRegistry({ dir });
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the Confluent API to the client library, with BACKWARD compatibility enforced', async () => {
    assert.match(registry.url, /^http:\/\/127\.0\.0\.1:\d+\/apis\/ccompat\/v7$/);
    const client = new SchemaRegistry({ host: registry.url, retry: { retries: 0 } });
    const subject = `${uniqueName('local-registry')}-value`;
    const schema = (fields: object[]) => ({
      type: SchemaType.AVRO as const,
      schema: JSON.stringify({ type: 'record', name: 'Probe', fields }),
    });
    const v1 = await client.register(schema([{ name: 'a', type: 'string' }]), { subject });
    const again = await client.register(schema([{ name: 'a', type: 'string' }]), { subject });
    assert.equal(again.id, v1.id, 'the same schema keeps its id');
    // Adding a field with a default is backward compatible; changing a field's type is not.
    await client.register(
      schema([
        { name: 'a', type: 'string' },
        { name: 'b', type: 'string', default: '' },
      ]),
      { subject },
    );
    await assert.rejects(client.register(schema([{ name: 'a', type: 'int' }]), { subject }), {
      status: 409,
    });
  });

  it('reports the running registry with its pid and URL', async () => {
    assert.deepEqual(await localRegistryStatus({ dir }), {
      running: true,
      dir,
      pid: registry.pid,
      url: registry.url,
    });
  });

  it('returns the running registry when started again in the same dir', async () => {
    assert.deepEqual(await startLocalRegistry({ port: 0, dir }), registry);
  });

  it('starts a second registry in another dir without fetching again', hangGuard, async () => {
    assert.equal(await registryAppUpToDate(), true, 'target/app is stamped with the pom hash');
    const otherDir = await tempDir();
    const progress: string[] = [];
    try {
      const second = await startLocalRegistry({
        port: 0,
        dir: otherDir,
        onProgress: (line) => progress.push(line),
      });
      assert.notEqual(second.url, registry.url);
      assert.ok(progress.some((line) => line.startsWith('Schema registry is ready')));
      assert.deepEqual(
        progress.filter((line) => line.includes('Maven')),
        [],
      );
    } finally {
      await stopLocalRegistry({ dir: otherDir });
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('refuses a port that is taken with PORT_IN_USE and starts nothing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const otherDir = await tempDir();
    try {
      await assert.rejects(
        startLocalRegistry({ port, dir: otherDir }),
        (err: unknown) =>
          err instanceof IngestlayerError && err.code === 'PORT_IN_USE' && err.message.includes(String(port)),
      );
      assert.equal((await localRegistryStatus({ dir: otherDir })).running, false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('stops the registry: the JVM is gone and status says not running', hangGuard, async () => {
    assert.equal(await stopLocalRegistry({ dir }), true);
    assert.equal(await processGone(registry.pid), true, `pid ${registry.pid} still exists`);
    assert.deepEqual(await localRegistryStatus({ dir }), { running: false, dir });
    assert.equal(await stopLocalRegistry({ dir }), false, 'a second stop finds nothing to stop');
  });
});

describe('finding a Java 21+ runtime for the registry', () => {
  it('prefers JAVA_HOME, else takes the newest installed JDK, else fails with TOOL_MISSING', async () => {
    const root = await tempDir();
    try {
      const old = await fakeJdk(root, 'jdk-17', '17.0.15');
      const jdk21 = await fakeJdk(root, 'jdk-21', '21.0.2');
      const jdk25 = await fakeJdk(root, 'jdk-25', '25.0.3');
      const roots = [[root, '']] as const;
      assert.deepEqual(await findRegistryJava({ env: { JAVA_HOME: jdk21 }, roots }), {
        java: path.join(jdk21, 'bin', 'java'),
        version: 21,
      });
      // A JAVA_HOME too old for the registry (the broker is happy with 17) does not stop the search.
      assert.deepEqual(await findRegistryJava({ env: { JAVA_HOME: old }, roots }), {
        java: path.join(jdk25, 'bin', 'java'),
        version: 25,
      });
      await assert.rejects(
        findRegistryJava({ env: { JAVA_HOME: old }, roots: [[path.join(root, 'none'), '']] }),
        (err: unknown) =>
          err instanceof IngestlayerError &&
          err.code === 'TOOL_MISSING' &&
          err.message.includes('Java 21') &&
          err.message.includes('JAVA_HOME'),
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
