// Every destination kind, registered explicitly.
import type { AnyDestinationKind } from '../runtime/component.ts';
import { chat } from './chat.ts';
import { email } from './email.ts';
import { postgres } from './postgres.ts';
import { webhook } from './webhook.ts';

export const destinationKinds: readonly AnyDestinationKind[] = [webhook, chat, email, postgres];
