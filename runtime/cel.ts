// CEL (https://cel.dev) is the one expression language of a topology: `filter.match` keeps events by a `when`
// expression, and every destination may carry one. This file is the only place that compiles and evaluates
// CEL, with @bufbuild/cel (a spec-conformant CEL interpreter in plain TypeScript, no native code).
//
// What an expression sees:
// - every top-level payload field as a variable: `urgency == "critical"`, `customer.tier == "pro"`;
// - `event`, the envelope: `event.type`, `event.id`, `event.time` (an RFC 3339 string; `timestamp(event.time)`),
//   `event.idempotencyKey`, `event.payload`. A payload field named `event` is reachable as
//   `event.payload.event`.
// - the standard CEL functions plus the strings extension (`lowerAscii`, `trim`, `split`, `indexOf`, …).
//
// Missing fields follow CEL: reading a field the payload does not have is an error (EXPRESSION_EVAL at run time,
// the event is dead-lettered with the reason), not `false` — a typo must not silently drop every event.
// Test for presence with `has(event.payload.field)`, `has(customer.tier)` or `"field" in event.payload`;
// `&&` and `||` absorb an error when the other side decides (`!has(event.payload.x) || x > 3` is safe).
//
// JSON numbers are CEL doubles, as with google.protobuf.Value in every CEL implementation. Comparisons and
// equality between int and double are defined by CEL, so `count > 3`, `count == 3`, `count in [1, 2, 3]` and
// `score > 0.5` all work. Arithmetic does not mix the two: write `count + 1.0` or `int(count) % 2 == 0`. We do
// not map integral numbers to int because then `score * 2.0` would fail only for events whose score happens to
// be a whole number; with one rule an expression either works for every event or fails on the first one.
//
// Error messages name fields, functions and types from the expression, never values from the event: CEL's own
// messages sometimes quote the value (`int("…")`), so only known-safe messages are passed through.
import { celEnv, celType, isCelError, parse, plan } from '@bufbuild/cel';
import type { CelError, CelInput, CelResult } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import type { Envelope } from './component.ts';
import { nonRetryable } from './errors.ts';

type ParsedExpression = ReturnType<typeof parse>;
type Expr = ParsedExpression['expr'];

/** A top-level payload field an expression reads, and where in the source it does. */
export interface FieldReference {
  readonly name: string;
  readonly offset: number;
}

export interface CompiledExpression {
  readonly source: string;
  /** The top-level payload fields the expression reads (not `event`), first occurrence of each. */
  readonly fields: readonly FieldReference[];
  /** The CEL value (bool, string, double, bigint for int, …); throws IngestlayerError('EXPRESSION_EVAL'). */
  evaluate(payload: Record<string, unknown>, event?: Envelope): unknown;
}

/** `offset` counts UTF-16 code units from the start of `source` (as JavaScript string indices do). */
export type CompileResult =
  { ok: true; expression: CompiledExpression } | { ok: false; message: string; offset: number };

export interface ExpressionIssue {
  readonly message: string;
  readonly offset: number;
}

/** The name under which the envelope is bound. */
export const eventVariable = 'event';

// One environment for the process: @bufbuild/cel caches its planner per environment.
const env = celEnv({ funcs: strings });

export function compileExpression(source: string): CompileResult {
  let parsed: ParsedExpression;
  try {
    parsed = parse(source);
  } catch (err) {
    return { ok: false, ...syntaxError(source, err) };
  }
  const positions = parsed.sourceInfo?.positions ?? {};
  const offsetOf = (id: bigint): number => positions[String(id)] ?? 0;
  const analysis = analyse(parsed.expr, offsetOf);
  if (analysis.problem) return { ok: false, ...analysis.problem };

  let program: (bindings: Record<string, CelInput>) => CelResult;
  try {
    program = plan(env, parsed);
  } catch (err) {
    return { ok: false, message: `cannot compile: ${errorText(err)}`, offset: 0 };
  }

  const names = analysis.fields.map((field) => field.name);
  const eventKeys = analysis.eventKeys;
  const describe = (error: CelError) => describeEvalError(source, error, analysis.nodes, offsetOf);

  return {
    ok: true,
    expression: {
      source,
      fields: analysis.fields,
      evaluate(payload, event) {
        // Bind only what the expression reads: copying the whole payload into an activation per call costs
        // more than evaluating a typical expression.
        // No prototype: a field named `constructor` must not resolve to Object's.
        const bindings = Object.create(null) as Record<string, CelInput>;
        for (const name of names) {
          if (!Object.hasOwn(payload, name)) continue;
          const value = toCelInput(payload[name]);
          if (value !== undefined) bindings[name] = value;
        }
        if (eventKeys !== undefined && event !== undefined)
          bindings[eventVariable] = envelopeInput(event, eventKeys);
        let result: CelResult;
        try {
          result = program(bindings);
        } catch (err) {
          // plan() catches its own failures; this is a last line so a bug never crashes a node.
          throw nonRetryable('EXPRESSION_EVAL', 'CEL expression failed: internal error', { cause: err });
        }
        if (isCelError(result)) throw nonRetryable('EXPRESSION_EVAL', describe(result));
        return result;
      },
    },
  };
}

/** Evaluates an expression that must yield a bool; anything else is an EXPRESSION_EVAL error. */
export function evaluateCondition(
  expression: CompiledExpression,
  payload: Record<string, unknown>,
  event?: Envelope,
): boolean {
  const value = expression.evaluate(payload, event);
  if (typeof value === 'boolean') return value;
  throw nonRetryable('EXPRESSION_EVAL', `CEL expression returned ${celTypeName(value)}, expected bool`);
}

/**
 * Everything wrong with an expression before it runs: its compile error, or the payload fields it reads that
 * `knownFields` (the fields of the events reaching the node) does not have. An empty set means "unknown" and
 * skips the field check. Destinations' `when` and the topology loader use this as `filter.match` does.
 */
export function expressionIssues(source: string, knownFields: ReadonlySet<string>): ExpressionIssue[] {
  const compiled = compileExpression(source);
  if (!compiled.ok) return [{ message: compiled.message, offset: compiled.offset }];
  if (knownFields.size === 0) return [];
  const known = [...knownFields].sort().join(', ');
  return compiled.expression.fields
    .filter((field) => !knownFields.has(field.name))
    .map((field) => ({
      message:
        `unknown field "${field.name}": the events reaching this node have ${known}` +
        ` (string literals need quotes; \`event\` is the envelope)`,
      offset: field.offset,
    }));
}

/** 1-based line and column of `offset` in `source`. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** "column 7", or "line 2, column 3" for an expression spanning several lines. */
export function describePosition(source: string, offset: number): string {
  const { line, column } = positionOf(source, offset);
  return source.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
}

// ---------------------------------------------------------------------------------------------- analysis

type NodeInfo = { kind: 'field'; path: string } | { kind: 'call'; name: string } | { kind: 'other' };

interface Analysis {
  fields: FieldReference[];
  /** The envelope keys the expression reads (`event.type` → type); 'all' when it uses `event` as a whole. */
  eventKeys: Set<string> | 'all' | undefined;
  /** What each expression node is, for error messages that must not quote values. */
  nodes: Map<bigint, NodeInfo>;
  problem?: ExpressionIssue;
}

function analyse(root: Expr, offsetOf: (id: bigint) => number): Analysis {
  const result: Analysis = { fields: [], eventKeys: undefined, nodes: new Map() };
  const seen = new Set<string>();

  const fail = (message: string, id: bigint) => {
    result.problem ??= { message, offset: offsetOf(id) };
  };

  const visit = (expr: Expr | undefined, bound: ReadonlySet<string>): void => {
    if (expr === undefined || result.problem) return;
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'identExpr': {
        const name = kind.value.name;
        result.nodes.set(expr.id, { kind: 'field', path: name });
        if (bound.has(name)) return;
        if (name === eventVariable) result.eventKeys = 'all';
        else if (!seen.has(name)) {
          seen.add(name);
          result.fields.push({ name, offset: offsetOf(expr.id) });
        }
        return;
      }
      case 'selectExpr': {
        const operandPath = pathOf(kind.value.operand);
        result.nodes.set(
          expr.id,
          operandPath === undefined
            ? { kind: 'other' }
            : { kind: 'field', path: `${operandPath}.${kind.value.field}` },
        );
        const operand = kind.value.operand?.exprKind;
        if (
          operand?.case === 'identExpr' &&
          operand.value.name === eventVariable &&
          !bound.has(eventVariable)
        ) {
          // `event.type` needs only the type: building `event.payload` for it would cost more than the rest.
          result.nodes.set(kind.value.operand!.id, { kind: 'field', path: eventVariable });
          if (result.eventKeys === undefined) result.eventKeys = new Set([kind.value.field]);
          else if (result.eventKeys !== 'all') result.eventKeys.add(kind.value.field);
          return;
        }
        visit(kind.value.operand, bound);
        return;
      }
      case 'callExpr': {
        const { function: name, target, args } = kind.value;
        result.nodes.set(expr.id, { kind: 'call', name });
        // Operators (`_==_`, `@in`, `!_`) are resolved by the planner; named functions must exist now, so a
        // typo is a validation error rather than a dead-lettered event.
        if (/^[A-Za-z]/.test(name)) {
          const qualified = target !== undefined ? `${pathOf(target) ?? ''}.${name}` : name;
          if (name === 'has' && target === undefined) {
            return fail('has() takes a field selection, for example has(event.payload.urgency)', expr.id);
          }
          if (target !== undefined && env.funcs.find(qualified) !== undefined) {
            // A namespaced function (`strings.quote(x)`): its target is a namespace, not a payload field.
            for (const arg of args) visit(arg, bound);
            return;
          }
          if (env.funcs.find(name) === undefined) return fail(`unknown function "${name}"`, expr.id);
        }
        visit(target, bound);
        for (const arg of args) visit(arg, bound);
        return;
      }
      case 'listExpr':
        for (const element of kind.value.elements) visit(element, bound);
        return;
      case 'structExpr':
        if (kind.value.messageName !== '') {
          return fail(`message literals (${kind.value.messageName}{…}) are not supported`, expr.id);
        }
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === 'mapKey') visit(entry.keyKind.value, bound);
          visit(entry.value, bound);
        }
        return;
      case 'comprehensionExpr': {
        const c = kind.value;
        visit(c.iterRange, bound);
        visit(c.accuInit, bound);
        const inner = new Set(bound);
        for (const name of [c.iterVar, c.iterVar2, c.accuVar]) if (name) inner.add(name);
        visit(c.loopCondition, inner);
        visit(c.loopStep, inner);
        visit(c.result, inner);
        return;
      }
      default:
        return;
    }
  };

  visit(root, new Set());
  return result;
}

/** `a.b.c` for a chain of field selections on an identifier, else undefined. */
function pathOf(expr: Expr | undefined): string | undefined {
  if (expr === undefined) return undefined;
  const kind = expr.exprKind;
  if (kind.case === 'identExpr') return kind.value.name;
  if (kind.case === 'selectExpr' && !kind.value.testOnly) {
    const operand = pathOf(kind.value.operand);
    return operand === undefined ? undefined : `${operand}.${kind.value.field}`;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------ values

/**
 * A payload value as CEL input: what JSON would make of it. What JSON.parse produced is passed as it is, and
 * @bufbuild/cel converts it lazily on access; it rejects class instances (decoded Avro records, Dates), so those
 * become maps and strings here.
 */
function toCelInput(value: unknown): CelInput | undefined {
  if (isJsonValue(value)) return value as CelInput;
  switch (typeof value) {
    case 'bigint':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((item) => toCelInput(item) ?? null);
  if (value instanceof Date) return value.toJSON();
  const map = new Map<string, CelInput>();
  for (const [key, item] of Object.entries(value)) {
    const input = toCelInput(item);
    if (input !== undefined) map.set(key, input);
  }
  return map;
}

/** True for a value JSON.parse could have produced, which @bufbuild/cel reads without help. Allocates nothing. */
function isJsonValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!isJsonValue(item)) return false;
    return true;
  }
  // @bufbuild/cel recognises plain objects by `constructor.name`, which an own `constructor` key hides.
  if (Object.getPrototypeOf(value) !== Object.prototype || Object.hasOwn(value, 'constructor')) return false;
  for (const key in value) if (!isJsonValue((value as Record<string, unknown>)[key])) return false;
  return true;
}

function envelopeInput(event: Envelope, keys: ReadonlySet<string> | 'all'): CelInput {
  // No closures here: tsx (esbuild keepNames) wraps each one created per call in a costly defineProperty.
  const all = keys === 'all';
  const map = new Map<string, CelInput>();
  if (all || keys.has('id')) map.set('id', event.id);
  if (all || keys.has('type')) map.set('type', event.type);
  if (all || keys.has('time')) map.set('time', event.time);
  if ((all || keys.has('idempotencyKey')) && event.idempotencyKey !== undefined) {
    map.set('idempotencyKey', event.idempotencyKey);
  }
  if (all || keys.has('payload')) map.set('payload', toCelInput(event.payload) ?? new Map());
  return map;
}

function celTypeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    return celType(value as Parameters<typeof celType>[0]).name;
  } catch {
    return typeof value;
  }
}

// ---------------------------------------------------------------------------------------------- messages

// CEL run-time messages that carry only names and types from the expression, never values.
const safeMessages: RegExp[] = [
  /^found no matching overload for '[^']+' applied to '[\w.,() ]*'$/,
  /^type mismatch: expected bool, got [\w.() ,]+$/,
  /^u?int overflow during \w+$/,
  /^\w+ (divide|modulus) by zero$/,
];

function describeEvalError(
  source: string,
  error: CelError,
  nodes: ReadonlyMap<bigint, NodeInfo>,
  offsetOf: (id: bigint) => number,
): string {
  const id = error.exprId;
  const node = id === undefined ? undefined : nodes.get(id);
  const where = id === undefined ? '' : ` at ${describePosition(source, offsetOf(id))}`;
  const text = error.message;
  let reason: string;
  const missingField = text.startsWith('field not found: ')
    ? text.slice('field not found: '.length)
    : undefined;
  if (text === 'unresolved attribute' && node?.kind === 'field') {
    reason =
      node.path === eventVariable
        ? 'no event envelope to read `event` from'
        : `no field "${node.path}" in the event`;
  } else if (missingField !== undefined && node?.kind === 'field' && node.path.endsWith(`.${missingField}`)) {
    reason = `no field "${node.path}" in the event`;
  } else if (missingField !== undefined || text === 'unresolved attribute') {
    // The key came from the event (`m[subject]`): name the map, not the key.
    reason = node?.kind === 'field' ? `key not found in "${node.path}"` : 'key not found';
  } else if (text.startsWith('index ') && text.includes(' out of bounds')) {
    reason = 'list index out of bounds';
  } else if (text.startsWith('error parsing regexp')) {
    reason = 'invalid regular expression';
  } else if (safeMessages.some((pattern) => pattern.test(text))) {
    reason = text;
  } else if (node?.kind === 'call' && /^[A-Za-z]/.test(node.name)) {
    reason = `${node.name}() failed for this event's value`;
  } else {
    reason = 'evaluation failed';
  }
  return `CEL expression failed${where}: ${reason}`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A parse failure as a message and the offset of its cause, better placed than the parser's where we can. */
function syntaxError(source: string, err: unknown): ExpressionIssue {
  if (source.trim() === '') return { message: 'the expression is empty', offset: 0 };
  const lexical = lexicalProblem(source);
  if (lexical) return lexical;
  const location = (err as { location?: { start?: { offset?: number } } }).location;
  const offset = location?.start?.offset ?? 0;
  const token = tokenAt(source, offset);
  if (token === '') return { message: 'syntax error: the expression ends too early', offset };
  if (token === '"' || token === "'") return { message: 'syntax error: unexpected string literal', offset };
  if (token === '=') return { message: 'syntax error: unexpected "=" (compare with "==")', offset };
  return { message: `syntax error: unexpected "${token}"`, offset };
}

const operatorChars = '=!<>&|+-*/%?:';

function tokenAt(source: string, offset: number): string {
  const rest = source.slice(offset);
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) ?? /^[0-9][0-9.eExXuU]*/.exec(rest);
  if (word) return word[0];
  let end = 0;
  while (end < rest.length && operatorChars.includes(rest.charAt(end))) end++;
  if (end > 0) return rest.slice(0, end);
  return String.fromCodePoint(rest.codePointAt(0) ?? 0).replace('\0', '');
}

/**
 * Unterminated strings and unbalanced brackets, which the parser reports far from their cause. Runs only on
 * source that failed to parse, so it cannot reject a valid expression.
 */
function lexicalProblem(source: string): ExpressionIssue | undefined {
  const open: { char: string; offset: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    if (char === '/' && source.charAt(i + 1) === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end + 1;
      continue;
    }
    if (char === '"' || char === "'") {
      const end = stringEnd(source, i);
      if (end === -1) return { message: 'unterminated string literal', offset: i };
      i = end;
      continue;
    }
    if (char === '(' || char === '[' || char === '{') open.push({ char, offset: i });
    else if (char === ')' || char === ']' || char === '}') {
      const last = open.pop();
      if (last === undefined || last.char !== pairs[char]) {
        return { message: `syntax error: unexpected "${char}"`, offset: i };
      }
    }
    i++;
  }
  const unclosed = open.pop();
  if (unclosed) return { message: `"${unclosed.char}" is never closed`, offset: unclosed.offset };
  return undefined;
}

/** The index after the string literal starting at `start`, or -1 when it is not terminated. */
function stringEnd(source: string, start: number): number {
  const quote = source.charAt(start);
  const raw = /(^|[^A-Za-z0-9_])[bB]?[rR]$|(^|[^A-Za-z0-9_])[rR][bB]$/.test(source.slice(0, start));
  const triple = source.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  let i = start + close.length;
  while (i < source.length) {
    const char = source.charAt(i);
    if (!raw && char === '\\') {
      i += 2;
      continue;
    }
    if (!triple && (char === '\n' || char === '\r')) return -1;
    if (source.startsWith(close, i)) return i + close.length;
    i++;
  }
  return -1;
}
