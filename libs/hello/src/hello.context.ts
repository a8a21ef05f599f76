import { HELLO_PROTO } from '@nestmall/contracts';
import type { ContextDefinition } from '@nestmall/platform';
import { HelloModule } from './hello.module.js';

/** The course's Hello service, hosted with the users (no tables, no routes). */
export const HELLO_CONTEXT: ContextDefinition = {
  module: () => HelloModule,
  proto: HELLO_PROTO,
};
