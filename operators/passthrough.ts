// passthrough: forwards every event unchanged. The smallest step there is; benchmarks use it to measure
// what the host itself costs.
import { Type } from '@sinclair/typebox';
import type { StepKind } from '../runtime/component.ts';

const schema = Type.Object({}, { additionalProperties: false });

export const passthrough: StepKind<typeof schema> = {
  kind: 'passthrough',
  summary: 'Forwards every event unchanged (useful to copy a topic, and to measure the host).',
  schema,
  example: `
- id: copy
  uses: passthrough
  topic: example.copied
`,
  create: () => ({ process: (event) => [event] }),
};
