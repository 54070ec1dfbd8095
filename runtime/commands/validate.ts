// `ingestlayer validate <file>`: exit 0 and a summary, or exit 1 and every error with file:line:col.
import { Command } from 'commander';
import { formatDiagnostic, loadTopologyFile } from '../../topology/loader.ts';

export function validateCommand(): Command {
  return new Command('validate')
    .description('check a topology file and report every error with file:line:col')
    .argument('<file>', 'topology YAML file')
    .option('--strict-env', 'treat unset ${VAR} references without a default as errors', false)
    .action(async (file: string, opts: { strictEnv: boolean }) => {
      const result = await loadTopologyFile(file, { missingEnv: opts.strictEnv ? 'error' : 'warn' });
      for (const w of result.warnings) process.stderr.write(formatDiagnostic(w) + '\n');
      if (!result.ok) {
        for (const e of result.errors) process.stderr.write(formatDiagnostic(e) + '\n');
        const n = result.errors.length;
        process.stderr.write(`${file}: ${n} error${n === 1 ? '' : 's'}\n`);
        process.exitCode = 1;
        return;
      }
      const { plan } = result;
      const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      process.stdout.write(
        `${file}: valid — pipeline "${plan.name}": ${count(plan.steps.length, 'step')}, ` +
          `${count(plan.destinations.length, 'destination')}, ${count(plan.topics.length, 'topic')}` +
          `${plan.gateway ? ', gateway' : ''}\n`,
      );
      for (const s of plan.steps)
        process.stdout.write(`  step ${s.id} (${s.kind.kind}): ${s.input} → ${s.output}\n`);
      for (const d of plan.destinations)
        process.stdout.write(`  destination ${d.id} (${d.kind.kind}): ${d.input}\n`);
    });
}
