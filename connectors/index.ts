// Every destination kind, registered explicitly.
import type { AnyDestinationKind } from '../runtime/component.ts';

export const destinationKinds: readonly AnyDestinationKind[] = [];
