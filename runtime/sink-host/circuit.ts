// The circuit breaker of one destination. After `failureThreshold` consecutive retriable failures the
// endpoint is taken as down: the breaker opens, the host pauses consumption and starts no attempts, and
// after `probeInterval` one attempt goes out as a probe (half-open). A probe that succeeds — or gets any
// HTTP answer that is not a retriable failure — closes the breaker; one that fails reopens it with twice
// the wait, up to `maxProbeInterval`. Probes are not charged to an event's `retry.maxAttempts`, so an
// outage does not burn the retry budget of every event in flight (they wait instead of dead-lettering).
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitOptions {
  failureThreshold: number;
  probeIntervalMs: number;
  maxProbeIntervalMs: number;
}

export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private failures = 0;
  private probeDelayMs: number;
  private probing = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: CircuitOptions,
    private readonly onChange: (state: CircuitState) => void,
  ) {
    this.probeDelayMs = options.probeIntervalMs;
  }

  get state(): CircuitState {
    return this.current;
  }

  /** May an attempt start now? `probe`: yes, as the one probe of a half-open breaker. */
  admit(inFlight: number, maxInFlight: number): 'go' | 'probe' | 'wait' {
    if (this.current === 'closed') return inFlight < maxInFlight ? 'go' : 'wait';
    if (this.current === 'open' || this.probing) return 'wait';
    this.probing = true;
    return 'probe';
  }

  /** A 2xx: the endpoint works. */
  success(): void {
    this.failures = 0;
    if (this.current !== 'closed') this.close();
  }

  /** An HTTP answer that is not retried (4xx): the endpoint is up, even though this event failed. */
  answered(probe: boolean): void {
    this.failures = 0;
    if (probe) this.close();
  }

  /** A retriable failure (network, timeout, 408, 429, 5xx). */
  failure(probe: boolean): void {
    if (probe) {
      this.probeDelayMs = Math.min(this.probeDelayMs * 2, this.options.maxProbeIntervalMs);
      this.open();
      return;
    }
    if (this.current !== 'closed') return;
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.open();
  }

  /** The probe ended without a result (the node is stopping). */
  probeAbandoned(): void {
    this.probing = false;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private open() {
    this.probing = false;
    this.current = 'open';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.current = 'half-open';
      this.onChange('half-open');
    }, this.probeDelayMs);
    this.onChange('open');
  }

  private close() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.probing = false;
    this.failures = 0;
    this.probeDelayMs = this.options.probeIntervalMs;
    this.current = 'closed';
    this.onChange('closed');
  }
}
