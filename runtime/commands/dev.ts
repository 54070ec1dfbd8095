// `ingestlayer dev` (also `npm start`): the flagship end to end on this machine; see runtime/dev/dev.ts.
import { Command } from 'commander';
import { devDefaults, runDev } from '../dev/dev.ts';

export function devCommand(): Command {
  return new Command('dev')
    .description(
      'run a topology end to end locally: Kafka, topics, every node, a webhook inbox, demo tickets',
    )
    .option('-t, --topology <file>', 'topology YAML file', devDefaults.topology)
    .option('--no-demo', 'do not feed the demo tickets')
    .option('--demo-file <file>', 'JSON lines of payloads to feed', devDefaults.demo)
    .option('--log-level <level>', 'pino log level (stderr)', 'warn')
    .action(async (opts: { topology: string; demo: boolean; demoFile: string; logLevel: string }) => {
      await runDev({
        topology: opts.topology,
        demo: opts.demo,
        demoFile: opts.demoFile,
        logLevel: opts.logLevel,
        interactive: process.stdout.isTTY === true,
        write: (text) => process.stdout.write(text),
      });
    });
}
