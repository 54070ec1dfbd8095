// `ingestlayer codegen -t <file> -o <dir>`: TypeScript types for the topology's events, for the SDK. The
// output is deterministic, so CI regenerates it and fails on a diff (`--check`).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { formatDiagnostic, loadTopologyFile } from '../../topology/loader.ts';
import { renderTypes, typesFileName } from '../../sdk/codegen.ts';

export function codegenCommand(): Command {
  return new Command('codegen')
    .description("write TypeScript types for the topology's event definitions (used by the SDK)")
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .requiredOption('-o, --out <dir>', 'directory to write <pipeline>.ts into')
    .option('--check', 'write nothing; exit 1 when the file on disk is not what codegen would write', false)
    .action(async (opts: { topology: string; out: string; check: boolean }) => {
      // Secrets are irrelevant to types: unset ${VAR}s are left as text instead of failing the run.
      const result = await loadTopologyFile(opts.topology, { missingEnv: 'warn' });
      if (!result.ok) {
        for (const e of result.errors) process.stderr.write(formatDiagnostic(e) + '\n');
        process.exitCode = 1;
        return;
      }
      const { plan } = result;
      const text = renderTypes({
        name: plan.name,
        source: plan.source,
        events: plan.events,
        file: displayPath(opts.topology),
      });
      const target = path.join(opts.out, typesFileName(plan.name));
      if (opts.check) {
        const current = await readFile(target, 'utf8').catch(() => undefined);
        if (current === text) {
          process.stdout.write(`${target} is up to date\n`);
          return;
        }
        process.stderr.write(
          `${target} is ${current === undefined ? 'missing' : 'out of date'}; run: ingestlayer codegen -t ${opts.topology} -o ${opts.out}\n`,
        );
        process.exitCode = 1;
        return;
      }
      await mkdir(opts.out, { recursive: true });
      await writeFile(target, text);
      const n = Object.keys(plan.events).length;
      process.stdout.write(`wrote ${target} (${n} event type${n === 1 ? '' : 's'})\n`);
    });
}

/** The topology path as written in the header: relative and with forward slashes, so output is the same everywhere. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(file) : relative;
  return shown.split(path.sep).join('/');
}
