// The gateway's HTTP surface: POST /v1/events/:type (API key), POST /v1/webhooks/:source (HMAC signature),
// and /healthz, /readyz, /metrics. Every request ends in 202 {"id"} once Kafka holds the event, or in a
// problem+json with a stable code; `ingestlayer_ingest_total{source,outcome,reason}` counts each outcome.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { eventId } from '../../sdk/ids.ts';
import type { Envelope } from '../../runtime/component.ts';
import type { Metrics } from '../../runtime/metrics.ts';
import { envelopeKey } from '../../runtime/serde.ts';
import type { PayloadValidator } from '../../topology/events.ts';
import type { WebhookIngressConfig } from '../../topology/schema.ts';
import { IdempotencyStore } from './idempotency.ts';
import { keyFromBody, mapBody } from './mapping.ts';
import { ProblemError, problemContentType, sendProblem } from './problem.ts';
import type { EventProducer } from './producer.ts';
import { verifySignature, type SignatureFailure, type SignatureOptions } from './signature.ts';

export interface WebhookSource {
  config: WebhookIngressConfig;
  signature: SignatureOptions;
  /** Lower-cased, as Node gives header names. */
  header: string;
}

export interface GatewayContext {
  bodyLimit: number;
  validators: ReadonlyMap<string, PayloadValidator>;
  webhooks: ReadonlyMap<string, WebhookSource>;
  checkApiKey: (authorization: string | undefined) => boolean;
  producer: EventProducer;
  /** The record value of an envelope on the source topic (JSON, or Avro with a schema registry). */
  encode: (envelope: Envelope) => Buffer | Promise<Buffer>;
  store: IdempotencyStore;
  metrics: Metrics;
  registry: Registry;
  logger: Logger;
  ready: () => boolean;
  retryAfterSeconds: number;
}

const maxIdempotencyKeyLength = 255;

const signatureDetail: Record<SignatureFailure, string> = {
  missing: 'the signature header is missing',
  malformed: 'the signature header is not in the configured scheme',
  stale: 'the signed timestamp is outside the tolerance',
  mismatch: 'no signature matches the body',
  'no-secret': 'this source has no secret configured',
};

export function buildGateway(ctx: GatewayContext): FastifyInstance {
  const app = Fastify({
    bodyLimit: ctx.bodyLimit,
    logger: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  // Bodies stay raw bytes: webhook signatures cover the exact bytes, and parsing happens once, here.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  const sourceLabel = (request: FastifyRequest): string => {
    const source = (request.params as { source?: string } | undefined)?.source;
    if (source === undefined) return 'rest';
    return ctx.webhooks.has(source) ? source : 'unknown';
  };

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    const problem = asProblem(error);
    if (problem) {
      const source = sourceLabel(request);
      ctx.metrics.ingest(source, 'rejected', problem.code);
      if (problem.code === 'INGEST_UNAVAILABLE') ctx.metrics.error('ingest', problem.code);
      return sendProblem(reply, problem);
    }
    ctx.logger.error({ err: { message: error.message, code: error.code } }, 'gateway request failed');
    ctx.metrics.error('ingest', 'INTERNAL');
    return reply
      .code(500)
      .type(problemContentType)
      .send({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
  });

  app.setNotFoundHandler((request, reply) => {
    const detail = `no route for ${request.method} ${request.url.split('?')[0]}`;
    return reply
      .code(404)
      .type(problemContentType)
      .send({ type: 'about:blank', title: 'Not Found', status: 404, detail });
  });

  const accepted = { 202: { type: 'object', properties: { id: { type: 'string' } } } } as const;

  app.post<{ Params: { type: string } }>(
    '/v1/events/:type',
    {
      schema: { response: accepted },
      // A callback hook, not an async one: no promise per request for a check that never waits.
      onRequest: (request, _reply, done) => {
        if (ctx.checkApiKey(request.headers.authorization)) return done();
        done(
          new ProblemError('INGEST_UNAUTHORIZED', 'send a valid API key as `Authorization: Bearer <key>`'),
        );
      },
    },
    async (request, reply) => {
      const { type } = request.params;
      const validate = ctx.validators.get(type);
      if (!validate) throw new ProblemError('INGEST_UNKNOWN_TYPE', `event type "${type}" is not defined`);
      const payload = parseBody(request.body);
      const key = idempotencyKeyHeader(request);
      return ingest(reply, 'rest', type, validate, payload, key);
    },
  );

  app.post<{ Params: { source: string } }>(
    '/v1/webhooks/:source',
    { schema: { response: accepted } },
    async (request, reply) => {
      const source = ctx.webhooks.get(request.params.source);
      if (!source)
        throw new ProblemError(
          'INGEST_UNKNOWN_SOURCE',
          `webhook source "${request.params.source}" is not configured`,
        );
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers[source.header];
      const failure = verifySignature(source.signature, Array.isArray(header) ? header[0] : header, raw);
      if (failure) throw new ProblemError('INGEST_SIGNATURE_INVALID', signatureDetail[failure]);
      const body = parseBody(request.body);
      const type = source.config.event;
      const validate = ctx.validators.get(type)!; // the loader checked that the event exists
      const key = idempotencyKeyHeader(request) ?? keyFromBody(body, source.config.idempotencyKey);
      return ingest(reply, source.config.source, type, validate, mapBody(body, source.config.mapping), key);
    },
  );

  async function ingest(
    reply: FastifyReply,
    source: string,
    type: string,
    validate: PayloadValidator,
    payload: unknown,
    key: string | undefined,
  ) {
    const errors = validate(payload);
    if (errors.length > 0) {
      const summary = errors.map((e) => `${e.field || 'payload'} ${e.message}`).join('; ');
      throw new ProblemError('INGEST_INVALID', `invalid ${type} payload: ${summary}`, {
        fieldErrors: errors,
      });
    }
    const body = payload as Record<string, unknown>;
    if (key === undefined) {
      const envelope: Envelope = { id: eventId(), type, time: new Date().toISOString(), payload: body };
      await store(envelope);
      ctx.metrics.ingest(source, 'accepted', 'ok');
      return reply.code(202).send({ id: envelope.id });
    }

    const claim = await ctx.store.claim(key, IdempotencyStore.fingerprint(type, body), () => ({
      id: eventId(),
      time: new Date().toISOString(),
    }));
    switch (claim.kind) {
      case 'mismatch':
        throw new ProblemError(
          'INGEST_IDEMPOTENCY_MISMATCH',
          'this idempotency key was used with a different event type or body',
        );
      case 'busy':
        throw new ProblemError(
          'INGEST_IDEMPOTENCY_IN_PROGRESS',
          'a request with this idempotency key is still being stored',
          { retryAfter: 1 },
        );
      case 'duplicate':
        ctx.metrics.ingest(source, 'duplicate', 'ok');
        return reply.code(202).header('idempotent-replayed', 'true').send({ id: claim.eventId });
      case 'claimed': {
        const envelope: Envelope = {
          id: claim.eventId,
          type,
          time: claim.time,
          idempotencyKey: key,
          payload: body,
        };
        try {
          await store(envelope);
        } catch (err) {
          await claim
            .release()
            .catch((e: Error) =>
              ctx.logger.warn({ err: { message: e.message } }, 'could not release an idempotency key'),
            );
          throw err;
        }
        // The event is stored: answer now. Marking the key done happens in the background (duplicates in
        // this process wait for it); if it fails, a later duplicate may produce the same id once more
        // after the lease, so it is logged, not answered with an error.
        void claim
          .complete()
          .catch((e: Error) =>
            ctx.logger.warn({ err: { message: e.message } }, 'could not mark an idempotency key done'),
          );
        ctx.metrics.ingest(source, 'accepted', 'ok');
        return reply.code(202).send({ id: envelope.id });
      }
    }
  }

  // Resolves once Kafka acknowledged the record (the producer counts it in events_out). Not async: a JSON
  // value is bytes already, and awaiting it would cost a promise and a turn per request.
  function store(envelope: Envelope): Promise<void> {
    const key = envelopeKey(envelope);
    const value = ctx.encode(envelope);
    return value instanceof Promise
      ? value.then((bytes) => ctx.producer.produce({ key, value: bytes }))
      : ctx.producer.produce({ key, value });
  }

  app.get('/healthz', async (_request, reply) => reply.type('text/plain').send('ok\n'));
  app.get('/readyz', async (_request, reply) => {
    const ready = ctx.ready();
    return reply
      .code(ready ? 200 : 503)
      .type('text/plain')
      .send(ready ? 'ready\n' : 'not ready: Kafka is unreachable\n');
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(ctx.registry.contentType).send(await ctx.registry.metrics()),
  );

  return app;
}

function parseBody(body: unknown): unknown {
  if (!Buffer.isBuffer(body))
    throw new ProblemError('INGEST_UNSUPPORTED_MEDIA_TYPE', 'send the payload as `application/json`');
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ProblemError('INGEST_MALFORMED', 'the body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ProblemError('INGEST_MALFORMED', 'the body must be a JSON object');
  return value;
}

function idempotencyKeyHeader(request: FastifyRequest): string | undefined {
  const raw = request.headers['idempotency-key'];
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (key === undefined || key === '') return undefined;
  if (key.length > maxIdempotencyKeyLength)
    throw new ProblemError(
      'INGEST_MALFORMED',
      `the Idempotency-Key header is longer than ${maxIdempotencyKeyLength} characters`,
    );
  return key;
}

/** Fastify's own errors (body too large, wrong media type…) as gateway problems. */
function asProblem(error: Error & { code?: string; statusCode?: number }): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError('INGEST_TOO_LARGE', 'the body is larger than the gateway accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new ProblemError('INGEST_UNSUPPORTED_MEDIA_TYPE', 'send the payload as `application/json`');
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return new ProblemError(
      'INGEST_MALFORMED',
      `the request is malformed (${error.code ?? error.statusCode})`,
    );
  return undefined;
}
