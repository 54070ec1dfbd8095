// A local Confluent-compatible schema registry (Apicurio Registry, in-memory storage) run from the Quarkus
// distribution Apicurio publishes on Maven Central, for `dev`, tests and CI with Avro topics. Same shape as
// the local Kafka (local-kafka.ts): Maven fetches the app once (deploy/registry/pom.xml → deploy/registry/
// target/app), `java` runs it detached, and one registry's state lives in one directory (registry.log,
// registry.pid, url). Apicurio 3 needs Java 21+, newer than the broker needs, so the JVM is looked up
// separately: JAVA_HOME, then `java` on PATH, then the JDKs installed in the usual places.
import { mkdir, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { IngestlayerError } from './errors.ts';
import {
  commandLineOf,
  ensureMavenOutput,
  findProcesses,
  portInUse,
  reservePorts,
  spawnDetached,
  localServiceCommand,
  mavenOutputUpToDate,
  terminate,
  type MavenOutput,
} from './local-kafka.ts';

export const localRegistryDefaults = {
  port: 8081,
  /** Relative to the current working directory. */
  dir: '.local/registry',
  heap: '512m',
  startTimeoutMs: 120_000,
  stopTimeoutMs: 20_000,
  /** The first fetch downloads ~160 MB; later fetches are served from ~/.m2. */
  fetchTimeoutMs: 900_000,
  pollIntervalMs: 250,
  /** Apicurio Registry 3.x is built for Java 21. */
  minJavaVersion: 21,
  /** Every new subject gets this rule (Confluent's default too): a consumer on the new schema reads old records. */
  compatibility: 'BACKWARD',
} as const;

/** Path of the Confluent-compatible API below the registry's root; clients take `<root>` + this as their URL. */
export const ccompatPath = '/apis/ccompat/v7';

export interface StartLocalRegistryOptions {
  /** HTTP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  dir?: string;
  onProgress?: (line: string) => void;
  heap?: string;
  startTimeoutMs?: number;
  fetchTimeoutMs?: number;
}

export interface LocalRegistry {
  /** The Confluent-compatible API: what SCHEMA_REGISTRY_URL / `kafka.schemaRegistry` take. */
  url: string;
  pid: number;
  dir: string;
}

export interface LocalRegistryStatus {
  running: boolean;
  dir: string;
  pid?: number;
  url?: string;
}

const host = '127.0.0.1';
const deployDir = fileURLToPath(new URL('../deploy/registry/', import.meta.url));
const appDir = path.join(deployDir, 'target', 'app');
/** A system property on the JVM's command line that names its state dir: how stop/status recognise "ours". */
const dirMarker = '-Dingestlayer.registry.dir=';
const javaHint =
  'install a Java 21+ runtime (e.g. `apt-get install openjdk-21-jre-headless`) or set JAVA_HOME to one';

function files(dir: string) {
  return {
    log: path.join(dir, 'registry.log'),
    pid: path.join(dir, 'registry.pid'),
    url: path.join(dir, 'url'),
  };
}

function resolveDir(dir: string | undefined): string {
  return path.resolve(dir ?? localRegistryDefaults.dir);
}

// ---------------------------------------------------------------------------------------------- app

const registryApp: MavenOutput = {
  pomFile: path.join(deployDir, 'pom.xml'),
  outDir: appDir,
  versionProperty: 'apicurio.version',
  what: 'Apicurio Registry',
};

/** True when target/app holds the distribution of the current pom. */
export function registryAppUpToDate(): Promise<boolean> {
  return mavenOutputUpToDate(registryApp);
}

/** Makes sure target/app holds the current pom's distribution, running Maven only when it does not. */
export function ensureRegistryApp(
  options: { onProgress?: (line: string) => void; fetchTimeoutMs?: number } = {},
): Promise<string> {
  return ensureMavenOutput(registryApp, {
    ...options,
    fetchTimeoutMs: options.fetchTimeoutMs ?? localRegistryDefaults.fetchTimeoutMs,
  });
}

// --------------------------------------------------------------------------------------------- java

/** The major version of the JDK/JRE installed at `home`, from its `release` file. */
async function javaMajor(home: string): Promise<number | undefined> {
  const release = await readFile(path.join(home, 'release'), 'utf8').catch(() => '');
  const version = /^JAVA_VERSION="([^"]+)"/m.exec(release)?.[1];
  if (version === undefined) return undefined;
  const [first, second] = version.split('.').map(Number);
  return first === 1 ? second : first; // "1.8.0_392" is Java 8
}

async function javaHomeOnPath(searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const real = await realpath(path.join(dir, 'java')).catch(() => undefined);
    if (real !== undefined) return path.dirname(path.dirname(real)); // <home>/bin/java
  }
  return undefined;
}

/** Where JDKs are installed: [folder, path of a JDK's home inside each of its entries]. */
const installRoots: readonly (readonly [string, string])[] = [
  ['/usr/lib/jvm', ''],
  ['/Library/Java/JavaVirtualMachines', 'Contents/Home'],
];

export interface JavaSearch {
  env?: NodeJS.ProcessEnv;
  roots?: readonly (readonly [string, string])[];
}

/**
 * The `java` binary of a runtime new enough for the registry: JAVA_HOME if it is one, else `java` on PATH,
 * else the newest JDK under /usr/lib/jvm (Linux) or /Library/Java/JavaVirtualMachines (macOS).
 */
export async function findRegistryJava(search: JavaSearch = {}): Promise<{ java: string; version: number }> {
  const env = search.env ?? process.env;
  const wanted = localRegistryDefaults.minJavaVersion;
  const seen: string[] = [];
  const preferred = [env.JAVA_HOME, await javaHomeOnPath(env.PATH ?? '')].filter((h): h is string => !!h);
  for (const home of preferred) {
    const version = await javaMajor(home);
    if (version !== undefined && version >= wanted) return { java: path.join(home, 'bin', 'java'), version };
    seen.push(`${home} (${version ?? 'unknown version'})`);
  }
  let best: { java: string; version: number } | undefined;
  for (const [root, suffix] of search.roots ?? installRoots) {
    for (const entry of await readdir(root).catch(() => [] as string[])) {
      const home = path.join(root, entry, suffix);
      const version = await javaMajor(home);
      if (version !== undefined && version >= wanted && version > (best?.version ?? 0))
        best = { java: path.join(home, 'bin', 'java'), version };
    }
  }
  if (best !== undefined) return best;
  throw new IngestlayerError(
    'TOOL_MISSING',
    `Apicurio Registry needs Java ${wanted} or later and none was found` +
      `${seen.length ? ` (found ${seen.join(', ')})` : ''}; ${javaHint}.`,
  );
}

// ------------------------------------------------------------------------------------------- start

export async function startLocalRegistry(options: StartLocalRegistryOptions = {}): Promise<LocalRegistry> {
  const dir = resolveDir(options.dir);
  const f = files(dir);
  const progress = options.onProgress ?? (() => {});
  const existing = await localRegistryStatus({ dir });
  if (existing.running && existing.pid !== undefined && existing.url !== undefined) {
    progress(`The schema registry is already running in ${dir} (pid ${existing.pid}).`);
    return { url: existing.url, pid: existing.pid, dir };
  }

  const { java, version } = await findRegistryJava();
  const app = await ensureRegistryApp(options);
  const [port, managementPort] = await reservePorts(options.port ?? localRegistryDefaults.port);
  const url = `http://${host}:${port}${ccompatPath}`;

  await mkdir(dir, { recursive: true });
  await rm(f.pid, { force: true });
  await writeFile(f.url, url + '\n');

  const heap = options.heap ?? localRegistryDefaults.heap;
  const { pid, exited } = await spawnDetached(
    java,
    [
      `-Xmx${heap}`,
      // A registry serves a few requests per new schema: start-up time matters more than peak throughput.
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.awt.headless=true',
      dirMarker + dir,
      `-Dquarkus.http.host=${host}`,
      `-Dquarkus.http.port=${port}`,
      // The management interface (health, metrics) binds its own port, 9000 by default: two registries
      // on one machine would collide there.
      `-Dquarkus.management.host=${host}`,
      `-Dquarkus.management.port=${managementPort}`,
      `-Dapicurio.rules.global.compatibility=${localRegistryDefaults.compatibility}`,
      '-Dquarkus.http.access-log.enabled=false',
      '-jar',
      path.join(app, 'quarkus-run.jar'),
    ],
    { cwd: dir, log: f.log, pidFile: f.pid },
  ).catch((err: unknown) => {
    throw err instanceof IngestlayerError && err.code === 'TOOL_MISSING'
      ? new IngestlayerError('TOOL_MISSING', `Cannot run ${java}; ${javaHint}.`, { cause: err })
      : err;
  });
  progress(`Starting Apicurio Registry on ${url} (Java ${version}, pid ${pid}, log ${f.log})`);

  const started = Date.now();
  const outcome = await waitReady(
    url,
    exited,
    options.startTimeoutMs ?? localRegistryDefaults.startTimeoutMs,
  );
  if (outcome !== 'ready') {
    await stopLocalRegistry({ dir });
    const logText = await readFile(f.log, 'utf8').catch(() => '');
    if (/BindException|Address already in use|seems to be in use/.test(logText)) throw portInUse(port);
    throw new IngestlayerError('TOOL_FAILED', `The schema registry did not start (${outcome}); see ${f.log}`);
  }
  progress(`Schema registry is ready on ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, pid, dir };
}

/**
 * Polls the Confluent-compatible API until the global config answers with the compatibility rule set at
 * start: the API is up and the rule is in force (without it Apicurio reports NONE, which clients reject).
 */
async function waitReady(url: string, exited: Promise<string>, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  let lastAnswer = '';
  while (Date.now() < deadline) {
    if (exitReason !== undefined) return `the JVM ${exitReason}`;
    try {
      const response = await fetch(`${url}/config`, { signal: AbortSignal.timeout(2_000) });
      const body = (await response.json()) as { compatibilityLevel?: string };
      if (response.ok && body.compatibilityLevel === localRegistryDefaults.compatibility) return 'ready';
      lastAnswer = `; GET /config answered ${response.status} ${JSON.stringify(body)}`;
    } catch {
      // not listening yet
    }
    await sleep(localRegistryDefaults.pollIntervalMs);
  }
  return `not ready after ${Math.round(timeoutMs / 1000)} s${lastAnswer}`;
}

// ------------------------------------------------------------------------------------- stop, status

export async function stopLocalRegistry(
  options: { dir?: string; stopTimeoutMs?: number } = {},
): Promise<boolean> {
  const dir = resolveDir(options.dir);
  const pids = await registryPidsOf(dir);
  await terminate(pids, {
    isOurs: async (pid) => registryDirIn(await commandLineOf(pid)) === dir,
    timeoutMs: options.stopTimeoutMs ?? localRegistryDefaults.stopTimeoutMs,
    what: 'The schema registry',
    pidFile: files(dir).pid,
  });
  return pids.length > 0;
}

export async function localRegistryStatus(options: { dir?: string } = {}): Promise<LocalRegistryStatus> {
  const dir = resolveDir(options.dir);
  const f = files(dir);
  const pid = Number((await readFile(f.pid, 'utf8').catch(() => '')).trim());
  if (!(pid > 0) || registryDirIn(await commandLineOf(pid)) !== dir) return { running: false, dir };
  const url = (await readFile(f.url, 'utf8').catch(() => '')).trim();
  return { running: true, dir, pid, ...(url ? { url } : {}) };
}

/** The pid file's process if it is ours, plus (on Linux) any other registry JVM of this dir. */
async function registryPidsOf(dir: string): Promise<number[]> {
  const pids = new Set<number>();
  const status = await localRegistryStatus({ dir });
  if (status.pid !== undefined) pids.add(status.pid);
  for (const [pid, runDir] of await findProcesses(registryDirIn)) if (runDir === dir) pids.add(pid);
  return [...pids];
}

/** State directories below `root` whose registry JVM still runs (sweeping up after killed test processes). */
export async function runningLocalRegistryDirs(root: string): Promise<string[]> {
  const prefix = path.resolve(root) + path.sep;
  const dirs = new Set((await findProcesses(registryDirIn)).values());
  return [...dirs].filter((dir) => dir.startsWith(prefix));
}

/** The state dir of a registry JVM started by this tooling, from its command line; undefined for others. */
function registryDirIn(args: string[]): string | undefined {
  if (!args.some((arg) => arg.endsWith('quarkus-run.jar'))) return undefined;
  return args.find((arg) => arg.startsWith(dirMarker))?.slice(dirMarker.length);
}

// ------------------------------------------------------------------------------------------- CLI

export function registryCommand(): Command {
  return localServiceCommand({
    name: 'registry',
    description:
      'a local Confluent-compatible schema registry (Apicurio Registry, in memory) from its published Maven distribution; needs Java 21+ and mvn',
    label: 'Schema registry',
    address: 'URL',
    help: {
      port: 'HTTP port on 127.0.0.1 (0 = any free port)',
      dir: 'state directory of the registry',
      start: 'start a registry in the background and print its URL (for SCHEMA_REGISTRY_URL)',
      stop: 'stop the registry of a state directory (its schemas are gone: storage is in memory)',
      fetch: 'download the registry through Maven if it is missing or stale, and find Java 21+ (CI warm-up)',
    },
    defaults: localRegistryDefaults,
    start: async (options) => (await startLocalRegistry(options)).url,
    stop: stopLocalRegistry,
    status: async (options) => {
      const { url, ...status } = await localRegistryStatus(options);
      return { ...status, ...(url !== undefined ? { address: url } : {}) };
    },
    // CI's warm-up also proves the registry can run here: a missing Java 21+ fails now, not mid-test.
    fetch: async (options) => {
      const app = await ensureRegistryApp(options);
      const { java, version } = await findRegistryJava();
      options.onProgress(`The registry will run on Java ${version} (${java}).`);
      return app;
    },
  });
}
