import type { DynamicModule, Type } from '@nestjs/common';
import type { ProtoContract } from '@nestmall/contracts';
import type { ConfigFragment } from '../config/config-fragment.js';

/** A module as an app imports it: a class, or what a `forRoot`/`register` returns. */
export type ModuleImport = Type | DynamicModule;

/**
 * What an app needs to compose one context, exported by the context's index (ORDERS_CONTEXT,
 * say). Factories, not instances: which adapters are bound (in-process or gRPC) stays the app's
 * choice, made by what it passes in.
 */
export interface ContextDefinition {
  /** Its module, for an app that hosts it; `clients` provide the ports of the contexts it calls. */
  module: (clients: readonly ModuleImport[]) => ModuleImport;
  /** Its REST routes over a module that provides its client port (its own module, or remote()). */
  http?: (client: ModuleImport) => DynamicModule;
  /** Its client port bound to the gRPC adapter, for an app that calls it on another host. */
  remote?: () => DynamicModule;
  /** The migrations of the tables it owns, run by the database of the app that hosts it. */
  migrations?: readonly Type[];
  /** The gRPC service it answers on the GRPC_URL of the app that hosts it. */
  proto?: ProtoContract;
  /** The variables it reads (its modules and its remote client). */
  config?: ConfigFragment;
}

/** A context an app hosts, with the modules that provide the ports of the contexts it calls. */
export interface HostedContext {
  context: ContextDefinition;
  clients?: readonly ModuleImport[];
}

/** What an app that hosts `hosted` composes, in the order listed. */
export interface ComposedContexts {
  config: ConfigFragment[];
  migrations: Type[];
  /** Each context's module, followed by its REST routes when the app serves HTTP. */
  modules: ModuleImport[];
  protos: ProtoContract[];
}

/** Composes the contexts an app hosts; `http`: the app also serves their REST routes. */
export function hostContexts(
  hosted: readonly HostedContext[],
  options: { http: boolean },
): ComposedContexts {
  const contexts = hosted.map((h) => h.context);
  return {
    config: contexts.flatMap((c) => (c.config ? [c.config] : [])),
    migrations: contexts.flatMap((c) => c.migrations ?? []),
    modules: hosted.flatMap(({ context, clients = [] }) => {
      const module = context.module(clients);
      return options.http && context.http ? [module, context.http(module)] : [module];
    }),
    protos: contexts.flatMap((c) => (c.proto ? [c.proto] : [])),
  };
}

/** The REST routes of contexts hosted elsewhere, each over its gRPC client port (the edge). */
export function remoteContexts(contexts: readonly ContextDefinition[]): {
  config: ConfigFragment[];
  modules: DynamicModule[];
} {
  return {
    config: contexts.flatMap((c) => (c.config ? [c.config] : [])),
    modules: contexts.map((c) => {
      if (!c.http || !c.remote) throw new Error('a remote context needs http and remote');
      return c.http(c.remote());
    }),
  };
}
