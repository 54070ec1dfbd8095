// pino, to stderr: stdout belongs to command output (`step` writes envelopes there, `kafka start` the
// address). Log lines carry ids of nodes, topics, partitions and error codes — never record values,
// prompts or secrets.
import { pino, type Logger } from 'pino';

export type { Logger };

export const logDefaults = { level: 'info' as const };

export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino(
    {
      level: options.level ?? logDefaults.level,
      base: options.name ? { name: options.name } : null,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['*.value', '*.payload', '*.secret', '*.password', '*.token'], censor: '[redacted]' },
    },
    pino.destination({ fd: 2, sync: false }),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
