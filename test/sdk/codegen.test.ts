// codegen output: every field form of the events language, deterministic, and already in prettier's style
// (CI diffs the committed file, and `prettier --check` runs over the tree).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as prettier from 'prettier';
import { renderTypes } from '../../sdk/codegen.ts';
import type { EventDefinition } from '../../topology/events.ts';

const events: Record<string, EventDefinition> = {
  'order.placed': {
    order_id: 'string',
    note: 'string?',
    quantity: 'integer',
    total: { type: 'number', description: 'in cents */ not a comment end' },
    paid: 'boolean',
    tags: { type: 'array', items: 'string', optional: true },
    meta: 'object',
    email: { type: 'string', format: 'email', maxLength: 200 },
    priority: { enum: [1, 2, 3] },
    region: {
      enum: [
        'europe-west-central-one',
        'europe-west-central-two',
        'north-america-east-one',
        'asia-pacific-southeast',
        "it's",
      ],
    },
  },
  'order-placed': { id: 'string' },
};

const render = () =>
  renderTypes({
    name: 'shop',
    source: { event: 'order.placed', topic: 'shop.raw' },
    events,
    file: 'shop.yaml',
  });

describe('codegen', () => {
  it('renders each field form as the matching TypeScript type', () => {
    const text = render();
    for (const line of [
      '  order_id: string;',
      '  note?: string;',
      '  /** integer */\n  quantity: number;',
      '  /** in cents *\\/ not a comment end */\n  total: number;',
      '  paid: boolean;',
      '  tags?: string[];',
      '  meta: Record<string, unknown>;',
      '  /** format: email — at most 200 characters */\n  email: string;',
      '  priority: 1 | 2 | 3;',
      "    | 'asia-pacific-southeast'\n    | \"it's\";",
      "  'order-placed': OrderPlaced;",
      "  'order.placed': OrderPlaced2;",
      'export interface ShopEvents {',
    ])
      assert.ok(text.includes(line), `missing:\n${line}\n---\n${text}`);
  });

  it('is deterministic and already formatted the way prettier formats it', async () => {
    const text = render();
    assert.equal(render(), text);
    const config = (await prettier.resolveConfig('sdk/generated/x.ts')) ?? {};
    const formatted = await prettier.format(text, { ...config, filepath: 'x.ts' });
    assert.equal(text, formatted);
  });
});
