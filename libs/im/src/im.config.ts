import { z } from 'zod';
import {
  configInteger,
  type ConfigFragment,
  type ConfigOf,
  type ProcessLocalSetting,
} from '@nestmall/ports/platform';

/** The IM's variables (RabbitMQ's URL and prefix are the messaging context's). */
export const IM_CONFIG = {
  // How the IM's replicas share pushes: memory (one process: the monolith) | rabbitmq (a fanout exchange, a queue per replica).
  IM_FANOUT: z.enum(['memory', 'rabbitmq']).default('memory'),
  // How long an order's status change waits for an earlier one the bus has not delivered yet (ms).
  IM_ORDER_PUSH_GAP_MS: configInteger(0, 600_000).default(10_000),
} satisfies ConfigFragment;

export type ImConfig = ConfigOf<typeof IM_CONFIG>;

/** In-process pushes reach only the sockets of the process that handled the event. */
export const IM_PROCESS_LOCAL: readonly ProcessLocalSetting[] = [
  {
    variable: 'IM_FANOUT',
    problem: (value) =>
      (value ?? 'memory') === 'memory' ? 'IM_FANOUT=memory (set rabbitmq)' : undefined,
  },
];
