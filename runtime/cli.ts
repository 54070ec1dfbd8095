// The `ingestlayer` command line. Each command lives beside the machinery it drives and is listed here.
import { Command, CommanderError } from 'commander';
import { validateCommand } from './commands/validate.ts';
import { kafkaCommand } from './local-kafka.ts';
import { version } from './version.ts';

type CommandFactory = () => Command;

const commands: CommandFactory[] = [validateCommand, kafkaCommand];

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
    throw err;
  }
}
