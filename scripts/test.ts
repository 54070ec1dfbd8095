// `npm test [-- <paths…>] [-- <node --test options…>]`: runs test/**/*.test.ts with node's test runner against a
// real Kafka and a real schema registry. Without KAFKA_BROKERS it starts a private broker for the run (free
// port, temp dir), without SCHEMA_REGISTRY_URL a private registry (both at once), and always stops them
// afterwards, so integration tests never depend on a service someone left running.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IngestlayerError } from '../runtime/errors.ts';
import { runningLocalKafkaDirs, startLocalKafka, stopLocalKafka } from '../runtime/local-kafka.ts';
import {
  runningLocalRegistryDirs,
  startLocalRegistry,
  stopLocalRegistry,
} from '../runtime/local-registry.ts';

const testRoot = 'test';
const testConcurrency = 3;
// Each test file runs in a process of its own. A file that hangs, or whose process a lingering client keeps
// alive after its tests, fails after this timeout instead of stalling the run: the slowest file (the webhook
// sink's integration tests) takes ~2 minutes on a quiet machine. (--test-force-exit is not used: on Node 20 it
// can end a file's process before its last tests have reported, and the run then passes with tests missing.)
const perFileTimeoutMs = 8 * 60_000;
const signalExitCodes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

async function findTests(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return [];
  if (info.isFile()) return [target];
  const found: string[] = [];
  for (const entry of await readdir(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) found.push(...(await findTests(child)));
    else if (entry.name.endsWith('.test.ts')) found.push(child);
  }
  return found;
}

async function main(argv: string[]): Promise<number> {
  const nodeOptions = argv.filter((arg) => arg.startsWith('--'));
  const targets = argv.filter((arg) => !arg.startsWith('--'));
  const files = new Set<string>();
  for (const target of targets.length > 0 ? targets : [testRoot]) {
    for (const file of await findTests(target)) files.add(file);
  }
  if (files.size === 0) {
    console.error(`No *.test.ts files under ${targets.join(', ') || testRoot}.`);
    return 1;
  }

  // Everything the run creates lives below one directory — the broker's state and, through TMPDIR, the temp
  // dirs of the tests — so brokers that a killed test process could not stop are found and stopped below.
  const runDir = await mkdtemp(path.join(tmpdir(), 'ingestlayer-test-'));
  let child: ChildProcess | undefined;
  let interrupted: NodeJS.Signals | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      const leftovers = await runningLocalKafkaDirs(runDir);
      for (const dir of leftovers) await stopLocalKafka({ dir });
      const strays = leftovers.filter((dir) => dir !== path.join(runDir, 'kafka')).length;
      if (strays > 0) console.error(`Stopped ${strays} broker(s) left running by killed test processes.`);
      for (const dir of await runningLocalRegistryDirs(runDir)) await stopLocalRegistry({ dir });
      await rm(runDir, { recursive: true, force: true });
    })());
  const onSignal = (sig: NodeJS.Signals) => {
    if (child !== undefined) {
      child.kill(sig); // the test run ends, then `finally` stops the brokers
    } else if (interrupted === undefined) {
      // Still starting: let the start finish (a killed start could leave a JVM behind), then stop it.
      console.error('Interrupted; stopping the test broker once it has started (signal again to force)…');
    } else {
      void cleanUp().finally(() => process.exit(signalExitCodes[sig] ?? 1));
    }
    interrupted = sig;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Output piped into `head` must not crash the runner before it has stopped the brokers.
  process.stderr.on('error', () => {});
  process.stdout.on('error', () => {});

  try {
    const testTmp = path.join(runDir, 'tmp');
    await mkdir(testTmp);
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: testTmp };
    const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
    const announceFetch = (line: string) => {
      if (line.startsWith('Fetching')) console.error(line); // the one slow step worth announcing
    };
    /** Uses the service the variable names, else starts a private one and exports its address. */
    const provide = async (service: {
      variable: 'KAFKA_BROKERS' | 'SCHEMA_REGISTRY_URL';
      label: string;
      start: () => Promise<string>;
    }) => {
      const given = env[service.variable];
      if (given) return console.error(`${service.label} at ${given} (from ${service.variable}).`);
      const started = Date.now();
      const address = (env[service.variable] = await service.start());
      console.error(`${service.label} at ${address} (started for this run in ${seconds(started)} s).`);
    };
    const startKafka = () =>
      provide({
        variable: 'KAFKA_BROKERS',
        label: 'Integration tests use Kafka',
        start: async () =>
          (await startLocalKafka({ port: 0, dir: path.join(runDir, 'kafka'), onProgress: announceFetch }))
            .bootstrap,
      });
    const startRegistry = () =>
      provide({
        variable: 'SCHEMA_REGISTRY_URL',
        label: 'Avro tests use the schema registry',
        start: async () =>
          (
            await startLocalRegistry({
              port: 0,
              dir: path.join(runDir, 'registry'),
              onProgress: announceFetch,
            })
          ).url,
      });
    // Both JVMs start at once: the run waits for the slower one, not for the sum.
    const starts = await Promise.allSettled([startKafka(), startRegistry()]);
    for (const start of starts) if (start.status === 'rejected') throw start.reason;
    if (interrupted) return signalExitCodes[interrupted] ?? 1;

    const args = [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${testConcurrency}`,
      `--test-timeout=${perFileTimeoutMs}`,
      '--test-reporter=spec',
    ];
    const runner = spawn(process.execPath, [...args, ...nodeOptions, ...[...files].sort()], {
      stdio: 'inherit',
      env,
    });
    child = runner;
    const code = await new Promise<number>((resolve) => {
      runner.once('error', () => resolve(1));
      runner.once('exit', (exitCode, sig) => resolve(exitCode ?? (sig ? (signalExitCodes[sig] ?? 1) : 1)));
    });
    return interrupted ? (signalExitCodes[interrupted] ?? code) : code;
  } catch (err) {
    if (!(err instanceof IngestlayerError)) throw err;
    console.error(`error: ${err.message} [${err.fullCode}]`);
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main(process.argv.slice(2));
