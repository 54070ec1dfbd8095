// Every step kind, registered explicitly. A test fails when a kind is missing here or in the docs.
import type { AnyStepKind } from '../runtime/component.ts';
import { classify } from './classify.ts';
import { dedupe } from './dedupe.ts';
import { filterMatch } from './filter-match.ts';
import { passthrough } from './passthrough.ts';
import { redactPii } from './redact-pii.ts';

export const stepKinds: readonly AnyStepKind[] = [passthrough, dedupe, classify, filterMatch, redactPii];
