// A STAND-IN for an Ollama server. No model server can run where these tests run, so this loopback
// `http.Server` speaks Ollama's `/api/chat` protocol (non-streaming JSON, the same response shape and
// error bodies) well enough to exercise the real `ollama` client end to end. It is the only stand-in in
// the test suite; every other service the tests use is the real thing.
//
// Each test scripts it: a function from the recorded request to a reply (a label, raw content, an HTTP
// error, a delay, a hang, a reset connection, a malformed body). Every request is recorded so tests can
// count calls and inspect `format`, `options` and the messages.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedChat {
  model: string;
  messages: { role: string; content: string }[];
  format: unknown;
  options: Record<string, unknown> | undefined;
  stream: unknown;
  /** The whole parsed request body. */
  body: Record<string, unknown>;
  /** True when the client closed the connection before the answer was complete (an aborted call). */
  abandoned: boolean;
}

export type ChatReply = { delayMs?: number } & (
  | { label: string } // content `{"label": "<label>"}`, as structured output produces
  | { content: string } // any assistant content (prose, a label outside the set, invalid JSON)
  | { status: number; error?: string } // an HTTP error with Ollama's `{"error": "..."}` body
  | { rawBody: string } // a 200 whose body is not JSON
  | { hang: true } // never answer
  | { hangAfterHeaders: true } // send the status line and headers, never the body
  | { reset: true } // destroy the connection without an answer
);

export type ChatScript = (request: RecordedChat, index: number) => ChatReply | Promise<ChatReply>;

export interface OllamaStandIn {
  /** `http://127.0.0.1:<port>` — pass as the model `host`. */
  readonly url: string;
  readonly requests: RecordedChat[];
  /** The most requests that were open at one time. */
  readonly maxInFlight: number;
  /** Replaces the script for later requests. */
  script: ChatScript;
  close(): Promise<void>;
}

const nsPerMs = 1_000_000;

export async function startOllamaStandIn(script: ChatScript): Promise<OllamaStandIn> {
  const requests: RecordedChat[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const state = { script, inFlight: 0, maxInFlight: 0 };

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/api/chat') {
      sendJson(res, 404, { error: '404 page not found' });
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const recorded: RecordedChat = {
      model: String(body.model),
      messages: (body.messages ?? []) as RecordedChat['messages'],
      format: body.format,
      options: body.options as Record<string, unknown> | undefined,
      stream: body.stream,
      body,
      abandoned: false,
    };
    const index = requests.push(recorded) - 1;
    state.maxInFlight = Math.max(state.maxInFlight, ++state.inFlight);
    let resetByUs = false;
    res.on('close', () => {
      state.inFlight--;
      if (!res.writableFinished && !resetByUs) recorded.abandoned = true;
    });
    const started = Date.now();
    const reply = await state.script(recorded, index);
    if (reply.delayMs) await wait(reply.delayMs);
    if (res.destroyed) return;

    if ('hang' in reply) return;
    if ('reset' in reply) {
      resetByUs = true;
      req.socket.destroy();
      return;
    }
    if ('hangAfterHeaders' in reply) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.flushHeaders();
      return;
    }
    if ('status' in reply) {
      sendJson(res, reply.status, { error: reply.error ?? `stand-in error ${reply.status}` });
      return;
    }
    if ('rawBody' in reply) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(reply.rawBody);
      return;
    }
    const content = 'label' in reply ? JSON.stringify({ label: reply.label }) : reply.content;
    const totalNs = (Date.now() - started) * nsPerMs + 1;
    sendJson(res, 200, {
      model: recorded.model,
      created_at: new Date().toISOString(),
      message: { role: 'assistant', content },
      done: true,
      done_reason: 'stop',
      total_duration: totalNs,
      load_duration: 1_000_000,
      prompt_eval_count: 26,
      prompt_eval_duration: 2_000_000,
      eval_count: 7,
      eval_duration: Math.max(1, totalNs - 3_000_000),
    });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'stand-in failure' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    get script() {
      return state.script;
    },
    set script(next: ChatScript) {
      state.script = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback URL with nothing listening (a port that was free a moment ago): connections are refused. */
export async function unusedLoopbackUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
