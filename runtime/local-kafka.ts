// A single-node Kafka (KRaft, broker and controller in one JVM) run from the jars Apache publishes on Maven
// Central, for `dev`, tests, CI and benchmarks. No Docker: Maven fetches the classpath once
// (deploy/kafka/pom.xml → deploy/kafka/target/lib), `java` runs it detached, and the state of one broker lives
// in one directory (server.properties, data/, kafka.log, kafka.pid, bootstrap).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { Kafka, logLevel } from 'kafkajs';
import { IngestlayerError } from './errors.ts';

export const localKafkaDefaults = {
  port: 9092,
  /** Relative to the current working directory. */
  dir: '.local/kafka',
  /** Bounded so a development broker fits next to the pipeline on a small machine. */
  heap: '640m',
  startTimeoutMs: 90_000,
  stopTimeoutMs: 20_000,
  /** The first fetch downloads ~45 MB; later fetches are served from ~/.m2. */
  fetchTimeoutMs: 600_000,
  pollIntervalMs: 250,
} as const;

export interface StartLocalKafkaOptions {
  /** Broker port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  dir?: string;
  /** One human-readable line per phase (fetch, format, start, ready). */
  onProgress?: (line: string) => void;
  heap?: string;
  startTimeoutMs?: number;
  fetchTimeoutMs?: number;
}

export interface LocalKafka {
  bootstrap: string;
  pid: number;
  dir: string;
}

export interface LocalKafkaStatus {
  running: boolean;
  dir: string;
  pid?: number;
  bootstrap?: string;
}

const host = '127.0.0.1'; // not `localhost`: Node may resolve it to ::1 while the broker binds IPv4
const deployDir = fileURLToPath(new URL('../deploy/kafka/', import.meta.url));
const pomFile = path.join(deployDir, 'pom.xml');
const libDir = path.join(deployDir, 'target', 'lib');
const installHint = 'install a JDK/JRE 17+ and Maven (e.g. `apt-get install openjdk-17-jre-headless maven`)';

function files(dir: string) {
  return {
    props: path.join(dir, 'server.properties'),
    data: path.join(dir, 'data'),
    log: path.join(dir, 'kafka.log'),
    pid: path.join(dir, 'kafka.pid'),
    bootstrap: path.join(dir, 'bootstrap'),
  };
}

function resolveDir(dir: string | undefined): string {
  return path.resolve(dir ?? localKafkaDefaults.dir);
}

// ---------------------------------------------------------------------------------------------- jars

/** A folder Maven fills from a pom (here the Kafka jars; the local registry's app too). */
export interface MavenOutput {
  pomFile: string;
  outDir: string;
  /** The pom property holding the version, shown while fetching. */
  versionProperty: string;
  /** What is fetched, for messages: "Apache Kafka". */
  what: string;
}

const kafkaJars: MavenOutput = {
  pomFile,
  outDir: libDir,
  versionProperty: 'kafka.version',
  what: 'Apache Kafka',
};

async function pomInfo(spec: MavenOutput): Promise<{ hash: string; version: string }> {
  const pom = await readFile(spec.pomFile, 'utf8');
  const property = spec.versionProperty.replace(/\./g, '\\.');
  const version = new RegExp(`<${property}>([^<]+)</${property}>`).exec(pom)?.[1] ?? 'unknown';
  return { hash: createHash('sha256').update(pom).digest('hex'), version };
}

/** The stamp beside the output: the pom's hash once Maven has filled the folder from it. */
function stampOf(spec: MavenOutput): string {
  return path.join(spec.outDir, '.pom-sha256');
}

/** True when the output folder was filled from the current pom. */
export async function mavenOutputUpToDate(spec: MavenOutput): Promise<boolean> {
  const [{ hash }, stamp] = await Promise.all([
    pomInfo(spec),
    readFile(stampOf(spec), 'utf8').catch(() => ''),
  ]);
  return stamp.trim() === hash;
}

/** True when target/lib holds the classpath of the current pom. */
export function kafkaJarsUpToDate(): Promise<boolean> {
  return mavenOutputUpToDate(kafkaJars);
}

/**
 * Makes sure the output folder holds what the current pom fetches, running Maven only when it does not.
 * Concurrent callers (parallel test files, a CI step) serialise on a lock directory so only one Maven run
 * writes the folder.
 */
export async function ensureMavenOutput(
  spec: MavenOutput,
  options: { onProgress?: (line: string) => void; fetchTimeoutMs: number },
): Promise<string> {
  if (await mavenOutputUpToDate(spec)) return spec.outDir;
  const deadline = Date.now() + options.fetchTimeoutMs;
  const lockDir = path.join(path.dirname(spec.outDir), '.fetch-lock');
  await mkdir(path.dirname(lockDir), { recursive: true });
  await acquireLock(lockDir, deadline);
  try {
    if (await mavenOutputUpToDate(spec)) return spec.outDir;
    const { hash, version } = await pomInfo(spec);
    options.onProgress?.(`Fetching ${spec.what} ${version} from Maven Central (first run only)…`);
    // A stale folder may hold jars of another version; mixing them on one classpath breaks the JVM.
    await rm(spec.outDir, { recursive: true, force: true });
    const result = await run('mvn', ['-B', '-q', '-f', spec.pomFile, 'package'], deadline - Date.now());
    if (result.code !== 0) {
      throw new IngestlayerError(
        'TOOL_FAILED',
        `Maven could not fetch ${spec.what} (exit ${result.code}); run \`mvn -B -f ${spec.pomFile} package\` to see why.\n` +
          tail(result.output, 15),
      );
    }
    await writeFile(stampOf(spec), hash + '\n');
    return spec.outDir;
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** Makes sure target/lib holds the current pom's classpath (see ensureMavenOutput). */
export function ensureKafkaJars(
  options: { onProgress?: (line: string) => void; fetchTimeoutMs?: number } = {},
): Promise<string> {
  return ensureMavenOutput(kafkaJars, {
    ...options,
    fetchTimeoutMs: options.fetchTimeoutMs ?? localKafkaDefaults.fetchTimeoutMs,
  });
}

async function acquireLock(lockDir: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => '0'));
    if (holder > 0 && !isAlive(holder)) {
      await rm(lockDir, { recursive: true, force: true }); // its owner died mid-fetch
      continue;
    }
    if (Date.now() > deadline) {
      throw new IngestlayerError(
        'TOOL_FAILED',
        `Timed out waiting for another Maven fetch (lock ${lockDir}).`,
      );
    }
    await sleep(localKafkaDefaults.pollIntervalMs);
  }
}

// ------------------------------------------------------------------------------------------- start

export async function startLocalKafka(options: StartLocalKafkaOptions = {}): Promise<LocalKafka> {
  const dir = resolveDir(options.dir);
  const f = files(dir);
  const progress = options.onProgress ?? (() => {});
  const existing = await localKafkaStatus({ dir });
  if (existing.running && existing.pid !== undefined && existing.bootstrap !== undefined) {
    progress(`Kafka is already running in ${dir} (pid ${existing.pid}).`);
    return { bootstrap: existing.bootstrap, pid: existing.pid, dir };
  }

  const lib = await ensureKafkaJars(options);
  const [port, controllerPort] = await reservePorts(options.port ?? localKafkaDefaults.port);
  const bootstrap = `${host}:${port}`;

  await mkdir(dir, { recursive: true });
  await rm(f.data, { recursive: true, force: true });
  await rm(f.pid, { force: true });
  await writeFile(f.props, serverProperties({ port, controllerPort, dataDir: f.data }));
  await writeFile(f.bootstrap, bootstrap + '\n');

  progress(`Formatting a fresh Kafka storage directory in ${f.data}`);
  // Short-lived JVM: C1 only and the serial collector start noticeably faster.
  const format = await run(
    'java',
    [
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-cp',
      path.join(lib, '*'),
      'kafka.tools.StorageTool',
    ].concat(['format', '-t', clusterId(), '-c', f.props]),
    localKafkaDefaults.startTimeoutMs,
  );
  if (format.code !== 0) {
    throw new IngestlayerError(
      'TOOL_FAILED',
      `Formatting Kafka storage failed (exit ${format.code}).\n${tail(format.output, 15)}`,
    );
  }

  const heap = options.heap ?? localKafkaDefaults.heap;
  const { pid, exited } = await spawnDetached(
    'java',
    [
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.awt.headless=true',
      '-Dorg.slf4j.simpleLogger.showDateTime=true',
      "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
      '-cp',
      path.join(lib, '*'),
      'kafka.Kafka',
      f.props,
    ],
    { cwd: dir, log: f.log, pidFile: f.pid },
  );
  progress(`Starting Kafka on ${bootstrap} (pid ${pid}, log ${f.log})`);

  const started = Date.now();
  const outcome = await waitReady(
    bootstrap,
    exited,
    options.startTimeoutMs ?? localKafkaDefaults.startTimeoutMs,
  );
  if (outcome !== 'ready') {
    await stopLocalKafka({ dir });
    const logText = await readFile(f.log, 'utf8').catch(() => '');
    if (/BindException|Address already in use/.test(logText)) throw portInUse(port);
    throw new IngestlayerError('TOOL_FAILED', `Kafka did not start (${outcome}); see ${f.log}`);
  }
  progress(`Kafka is ready on ${bootstrap} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { bootstrap, pid, dir };
}

/**
 * Starts a long-running process in its own process group (a Ctrl-C in the terminal that started it does not
 * stop it, and stop can signal the group), output to `log`, pid to `pidFile`. `exited` resolves with why it
 * ended, if it does.
 */
export async function spawnDetached(
  command: string,
  args: string[],
  options: { cwd: string; log: string; pidFile: string },
): Promise<{ pid: number; exited: Promise<string> }> {
  const log = await open(options.log, 'w');
  let child: ChildProcess;
  try {
    child = spawn(command, args, { cwd: options.cwd, detached: true, stdio: ['ignore', log.fd, log.fd] });
  } finally {
    await log.close();
  }
  child.unref();
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve(err.message));
    child.once('exit', (code, sig) => resolve(`exited with ${sig ?? `code ${code}`}`));
  });
  const pid = child.pid;
  if (pid === undefined) throw toolError(command, await exited);
  await writeFile(options.pidFile, String(pid) + '\n');
  return { pid, exited };
}

/** Polls with a real client until the broker answers `describeCluster`; resolves 'ready' or why it did not. */
async function waitReady(bootstrap: string, exited: Promise<string>, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  const kafka = new Kafka({
    clientId: 'ingestlayer-local-kafka',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING, // refused connections are expected while the JVM boots
    connectionTimeout: 1_000,
    requestTimeout: 5_000,
    retry: { retries: 0 },
  });
  while (Date.now() < deadline) {
    if (exitReason !== undefined) return `the JVM ${exitReason}`;
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0) return 'ready';
    } catch {
      // not yet listening or still electing itself controller
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await sleep(localKafkaDefaults.pollIntervalMs);
  }
  return `not ready after ${Math.round(timeoutMs / 1000)} s`;
}

function serverProperties(p: { port: number; controllerPort: number; dataDir: string }): string {
  return `# Written by \`ingestlayer kafka start\` on every start; edits are overwritten.
# One node, KRaft combined mode, static quorum (so formatting needs no --standalone).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@${host}:${p.controllerPort}
listeners=PLAINTEXT://${host}:${p.port},CONTROLLER://${host}:${p.controllerPort}
advertised.listeners=PLAINTEXT://${host}:${p.port}
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=${p.dataDir}

# A single replica everywhere; the defaults (3 replicas, min ISR 2) cannot be met by one node.
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1

# Few partitions for internal topics: the first group join / transaction creates them, 50 each by default.
offsets.topic.num.partitions=5
transaction.state.log.num.partitions=5
share.coordinator.state.topic.num.partitions=5
num.partitions=1
# Tests and dev want the first rebalance now, not after 3 s.
group.initial.rebalance.delay.ms=0
# Topics come from the topology (\`ingestlayer topics create\`); a typo must not create one.
auto.create.topics.enable=false

# Sized for a 2-core machine.
num.network.threads=2
num.io.threads=2
num.replica.fetchers=1
num.recovery.threads.per.data.dir=1
background.threads=2
log.cleaner.threads=1
`;
}

/** Kafka's Uuid text form: 16 random bytes, base64url without padding; Kafka never issues one starting with '-'. */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/**
 * Checks the broker port is free (or picks one for 0) and picks a free controller port. Both sockets are held
 * open together so the two ports differ; the JVM binds them a moment later.
 */
export async function reservePorts(port: number): Promise<[number, number]> {
  const servers: net.Server[] = [];
  try {
    const brokerPort = await listen(servers, port);
    const controllerPort = await listen(servers, 0);
    return [brokerPort, controllerPort];
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

export function listen(servers: net.Server[], port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? portInUse(port)
          : new IngestlayerError('TOOL_FAILED', `Cannot listen on ${host}:${port}: ${err.message}`),
      ),
    );
    server.listen({ host, port, exclusive: true }, () => {
      servers.push(server);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

export function portInUse(port: number): IngestlayerError {
  return new IngestlayerError(
    'PORT_IN_USE',
    `Port ${port} on ${host} is already in use; choose another with --port <n> (or --port 0 for any free port).`,
  );
}

// -------------------------------------------------------------------------------------- stop, status

export async function stopLocalKafka(
  options: { dir?: string; stopTimeoutMs?: number } = {},
): Promise<boolean> {
  const dir = resolveDir(options.dir);
  const f = files(dir);
  const pids = await kafkaPidsOf(dir);
  // Kafka's shutdown hook flushes and closes the log; give it time before forcing.
  await terminate(pids, {
    isOurs: (pid) => isOurKafka(pid, f.props),
    timeoutMs: options.stopTimeoutMs ?? localKafkaDefaults.stopTimeoutMs,
    what: 'Kafka',
    pidFile: f.pid,
  });
  return pids.length > 0;
}

export async function localKafkaStatus(options: { dir?: string } = {}): Promise<LocalKafkaStatus> {
  const dir = resolveDir(options.dir);
  const f = files(dir);
  const pid = Number((await readFile(f.pid, 'utf8').catch(() => '')).trim());
  if (!(pid > 0) || !(await isOurKafka(pid, f.props))) return { running: false, dir };
  const bootstrap = (await readFile(f.bootstrap, 'utf8').catch(() => '')).trim();
  return { running: true, dir, pid, ...(bootstrap ? { bootstrap } : {}) };
}

/** The pid file's process if it is ours, plus (on Linux) any other JVM still running this dir's properties. */
async function kafkaPidsOf(dir: string): Promise<number[]> {
  const f = files(dir);
  const pids = new Set<number>();
  const status = await localKafkaStatus({ dir });
  if (status.pid !== undefined) pids.add(status.pid);
  for (const [pid, props] of await kafkaProcesses()) if (props === f.props) pids.add(pid);
  return [...pids];
}

/**
 * State directories below `root` whose broker JVM is still running, for sweeping up after processes that died
 * before they could stop their broker (a killed test file). Linux only; elsewhere it finds none.
 */
export async function runningLocalKafkaDirs(root: string): Promise<string[]> {
  const prefix = path.resolve(root) + path.sep;
  const dirs = new Set<string>();
  for (const props of (await kafkaProcesses()).values()) {
    if (props.startsWith(prefix)) dirs.add(path.dirname(props));
  }
  return [...dirs];
}

/** pid → server.properties path of every `kafka.Kafka` JVM visible in /proc (Linux). */
function kafkaProcesses(): Promise<Map<number, string>> {
  return findProcesses(kafkaPropsIn);
}

/** The properties file of a `kafka.Kafka` JVM's command line, or undefined for any other process. */
function kafkaPropsIn(args: string[]): string | undefined {
  const main = args.indexOf('kafka.Kafka');
  return main >= 0 ? args[main + 1] : undefined;
}

/** Alive AND a `kafka.Kafka` JVM started with this dir's server.properties — a recycled pid is not ours. */
async function isOurKafka(pid: number, propsFile: string): Promise<boolean> {
  return kafkaPropsIn(await commandLineOf(pid)) === propsFile;
}

/** pid → what `identify` makes of the command line, for every process in /proc it recognises (Linux only). */
export async function findProcesses<T>(identify: (args: string[]) => T | undefined): Promise<Map<number, T>> {
  const found = new Map<number, T>();
  if (process.platform !== 'linux') return found;
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!(pid > 0) || pid === process.pid) continue;
    const what = identify(await commandLineOf(pid));
    if (what !== undefined) found.set(pid, what);
  }
  return found;
}

/** The arguments of a live process; none for a process that is gone. */
export async function commandLineOf(pid: number): Promise<string[]> {
  if (process.platform === 'linux') {
    // A zombie (exited, not yet reaped) has an empty cmdline, so it counts as gone.
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    return cmdline.split('\0');
  }
  if (!isAlive(pid)) return [];
  const ps = await run('ps', ['-p', String(pid), '-o', 'command='], 5_000).catch(() => undefined);
  return ps?.output.trim().split(/\s+/) ?? [];
}

/**
 * SIGTERM to each process group, SIGKILL to what is still ours after `timeoutMs`, then removes the pid file;
 * TOOL_FAILED when a process survives even that.
 */
export async function terminate(
  pids: number[],
  options: { isOurs: (pid: number) => Promise<boolean>; timeoutMs: number; what: string; pidFile: string },
): Promise<void> {
  const waitGone = async (waiting: number[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const alive: number[] = [];
      for (const pid of waiting) if (await options.isOurs(pid)) alive.push(pid);
      if (alive.length === 0 || Date.now() >= deadline) return alive;
      await sleep(100);
    }
  };
  for (const pid of pids) signal(pid, 'SIGTERM');
  let remaining = await waitGone(pids, options.timeoutMs);
  if (remaining.length > 0) {
    for (const pid of remaining) signal(pid, 'SIGKILL');
    remaining = await waitGone(remaining, 5_000);
  }
  await rm(options.pidFile, { force: true });
  if (remaining.length > 0) {
    throw new IngestlayerError(
      'TOOL_FAILED',
      `${options.what} (pid ${remaining.join(', ')}) did not exit after SIGKILL.`,
    );
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig); // the whole process group started for this broker
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// --------------------------------------------------------------------------------------- processes

export function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    // Not spawn's own `timeout`: its timer outlives a failed spawn (ENOENT) and keeps the process alive.
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(timeoutMs, 1));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err.code === 'ENOENT' ? toolError(command, err.message) : err);
    });
    child.once('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ code: code ?? (sig ? 128 : 1), output });
    });
  });
}

function toolError(command: string, detail: string): IngestlayerError {
  const what = command === 'mvn' ? 'Maven (`mvn`)' : `\`${command}\``;
  return new IngestlayerError('TOOL_MISSING', `${what} is not installed or not on PATH; ${installHint}.`, {
    cause: new Error(detail),
  });
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// ------------------------------------------------------------------------------------------- CLI

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('expected a port number 0–65535 (0 = any free port)');
  }
  return port;
}

/** What `<name> start|stop|status|fetch` needs to know about one kind of local service. */
export interface LocalServiceCommand {
  name: string;
  description: string;
  /** Subject of the progress lines: "Kafka" → "Kafka is running …". */
  label: string;
  /** The address `start` and `status` print: "bootstrap address", "URL". */
  address: string;
  help: { port: string; dir: string; start: string; stop: string; fetch: string };
  defaults: { port: number; dir: string };
  start(options: { port: number; dir: string; onProgress: (line: string) => void }): Promise<string>;
  stop(options: { dir: string }): Promise<boolean>;
  status(options: {
    dir: string;
  }): Promise<{ running: boolean; dir: string; pid?: number; address?: string }>;
  fetch(options: { onProgress: (line: string) => void }): Promise<string>;
}

// Errors reach the shared handler in cli.ts, which prints `error: <message> [INGESTLAYER_ERR_<CODE>]` and exits 1.
export function localServiceCommand(spec: LocalServiceCommand): Command {
  const command = new Command(spec.name).description(spec.description);
  const dirOption = ['--dir <dir>', spec.help.dir, spec.defaults.dir] as const;
  const progress = (line: string) => process.stderr.write(line + '\n');

  command
    .command('start')
    .description(spec.help.start)
    .option('--port <port>', spec.help.port, parsePort, spec.defaults.port)
    .option(...dirOption)
    .action(async (opts: { port: number; dir: string }) => {
      const address = await spec.start({ port: opts.port, dir: opts.dir, onProgress: progress });
      process.stdout.write(address + '\n');
    });

  command
    .command('stop')
    .description(spec.help.stop)
    .option(...dirOption)
    .action(async (opts: { dir: string }) => {
      const stopped = await spec.stop({ dir: opts.dir });
      progress(stopped ? `${spec.label} stopped.` : `${spec.label} was not running.`);
    });

  command
    .command('status')
    .description(`exit 0 and print the ${spec.address} when running, exit 3 when not`)
    .option(...dirOption)
    .action(async (opts: { dir: string }) => {
      const status = await spec.status({ dir: opts.dir });
      if (status.running) {
        process.stdout.write(`${status.address ?? ''}\n`);
        progress(`${spec.label} is running (pid ${status.pid}, dir ${status.dir}).`);
      } else {
        progress(`${spec.label} is not running (dir ${status.dir}).`);
        process.exitCode = 3;
      }
    });

  command
    .command('fetch')
    .description(spec.help.fetch)
    .action(async () => {
      process.stdout.write((await spec.fetch({ onProgress: progress })) + '\n');
    });

  return command;
}

export function kafkaCommand(): Command {
  return localServiceCommand({
    name: 'kafka',
    description: "a local single-node Kafka (KRaft) from Apache's published jars; needs java and mvn",
    label: 'Kafka',
    address: 'bootstrap address',
    help: {
      port: 'broker port on 127.0.0.1 (0 = any free port)',
      dir: 'state directory of the broker',
      start: 'start a broker in the background and print its bootstrap address',
      stop: 'stop the broker of a state directory',
      fetch: 'download the Kafka jars through Maven if they are missing or stale (CI warm-up)',
    },
    defaults: localKafkaDefaults,
    start: async (options) => (await startLocalKafka(options)).bootstrap,
    stop: stopLocalKafka,
    status: async (options) => {
      const { bootstrap, ...status } = await localKafkaStatus(options);
      return { ...status, ...(bootstrap !== undefined ? { address: bootstrap } : {}) };
    },
    fetch: ensureKafkaJars,
  });
}
