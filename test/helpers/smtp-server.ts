// A real SMTP server on loopback (the `smtp-server` package, the server half of nodemailer's project),
// scripted per test: which recipients it refuses and with what reply, whether it wants a login.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The whole message as received: headers and body. */
  raw: string;
}

export interface SmtpReceiver {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export interface SmtpScript {
  /** Reply to RCPT TO for this address: undefined accepts it, a number rejects with that code. */
  rcpt?: (address: string) => number | undefined;
  /** Required login; without it every client may send. */
  login?: { user: string; password: string };
}

export async function startSmtpReceiver(script: SmtpScript = {}): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: script.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !script.login,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === script.login?.user && auth.password === script.login?.password)
        return callback(null, { user: auth.username });
      const err = Object.assign(new Error('Invalid login'), { responseCode: 535 });
      return callback(err);
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = script.rcpt?.(address.address);
      if (code === undefined) return callback();
      return callback(Object.assign(new Error(`refused ${address.address}`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
