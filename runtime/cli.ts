// The `ingestlayer` command line. Each command lives beside the machinery it drives and is listed here.
import { Command, CommanderError } from 'commander';
import { codegenCommand } from './commands/codegen.ts';
import { deployCommand } from './commands/deploy.ts';
import { devCommand } from './commands/dev.ts';
import { dlqCommand } from './commands/dlq.ts';
import { runCommand, topicsCommand } from './commands/run.ts';
import { emitCommand } from './commands/emit.ts';
import { stepCommand } from './commands/step.ts';
import { validateCommand } from './commands/validate.ts';
import { kafkaCommand } from './local-kafka.ts';
import { registryCommand } from './local-registry.ts';
import { TopologyError, formatDiagnostic } from '../topology/loader.ts';
import { IngestlayerError } from './errors.ts';
import { version } from './version.ts';

type CommandFactory = () => Command;

const commands: CommandFactory[] = [
  devCommand,
  validateCommand,
  runCommand,
  stepCommand,
  topicsCommand,
  kafkaCommand,
  registryCommand,
  codegenCommand,
  emitCommand,
  dlqCommand,
  deployCommand,
];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('ingestlayer')
    .description('Kafka-native event pipeline')
    .version(version)
    .exitOverride()
    .showHelpAfterError();
  for (const make of commands) program.addCommand(make());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(describeFailure(err) + '\n');
    return 1;
  }
}

/** One readable line (or the topology's diagnostics) instead of a stack trace. */
function describeFailure(err: unknown): string {
  if (err instanceof TopologyError) return err.diagnostics.map(formatDiagnostic).join('\n');
  if (err instanceof IngestlayerError) return `error: ${err.message} [${err.fullCode}]`;
  return `error: ${err instanceof Error ? err.message : String(err)}`;
}
