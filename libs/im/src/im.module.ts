import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MessagingConfig } from '@nestmall/messaging';
import type { AppConfig } from '@nestmall/platform';
import { AssignConversation } from './application/assign-conversation.js';
import { ChatFanout } from './application/chat-fanout.js';
import { CloseConversation } from './application/close-conversation.js';
import { ChatPushHandler } from './application/chat-push.handler.js';
import { ConversationRepository } from './application/conversation.repository.js';
import { MarkRead } from './application/mark-read.js';
import { OpenConversation } from './application/open-conversation.js';
import {
  ORDER_PUSH_GAP_MS,
  OrderProgressRepository,
} from './application/order-progress.repository.js';
import { OrderStatusPushHandler } from './application/order-status-push.handler.js';
import { PostMessage } from './application/post-message.js';
import { ReadConversations } from './application/read-conversations.js';
import type { ImConfig } from './im.config.js';
import {
  ConversationEntity,
  MessageEntity,
  OrderProgressEntity,
} from './infrastructure/im.entities.js';
import { InProcessChatFanout } from './infrastructure/in-process-chat-fanout.js';
import { ConversationAssignment1764720000000 } from './infrastructure/migrations/1764720000000-conversation-assignment.js';
import { CreateIm1764600000000 } from './infrastructure/migrations/1764600000000-create-im.js';
import { RabbitMqChatFanout } from './infrastructure/rabbitmq-chat-fanout.js';
import { TypeOrmConversationRepository } from './infrastructure/typeorm-conversation.repository.js';
import { TypeOrmOrderProgressRepository } from './infrastructure/typeorm-order-progress.repository.js';
import { ChatCallerGuard, ChatCallers } from './interface/chat-callers.js';
import { ImHttpController } from './interface/http/im.http-controller.js';
import { ImGateway } from './interface/ws/im.gateway.js';

export const IM_MIGRATIONS = [CreateIm1764600000000, ConversationAssignment1764720000000];

type Config = ConfigService<AppConfig & ImConfig & MessagingConfig, true>;

export interface ImModuleOptions {
  /** Modules that provide OrdersClient and AdminClient (in-process or gRPC): the app's choice. */
  imports: ModuleMetadata['imports'];
}

/**
 * The IM context: conversations and their messages, the order status pushes (from
 * OrderStatusChanged) and the chat pushes (from its own events), shared between replicas by
 * ChatFanout (IM_FANOUT). Exports the use cases for its HTTP routes and WebSocket (ImHttpModule).
 * Needs DatabaseModule, MessagingModule and AuthModule.
 */
@Module({})
export class ImModule {
  static register(options: ImModuleOptions): DynamicModule {
    return {
      module: ImModule,
      imports: [
        TypeOrmModule.forFeature([ConversationEntity, MessageEntity, OrderProgressEntity]),
        ...(options.imports ?? []),
      ],
      providers: [
        OpenConversation,
        PostMessage,
        MarkRead,
        ReadConversations,
        AssignConversation,
        CloseConversation,
        OrderStatusPushHandler,
        ChatPushHandler,
        ChatCallers,
        { provide: ConversationRepository, useClass: TypeOrmConversationRepository },
        { provide: OrderProgressRepository, useClass: TypeOrmOrderProgressRepository },
        {
          provide: ORDER_PUSH_GAP_MS,
          inject: [ConfigService],
          useFactory: (config: Config): number =>
            config.get('IM_ORDER_PUSH_GAP_MS', { infer: true }),
        },
        {
          provide: ChatFanout,
          inject: [ConfigService],
          useFactory: (config: Config): ChatFanout =>
            config.get('IM_FANOUT', { infer: true }) === 'rabbitmq'
              ? new RabbitMqChatFanout(
                  config.get('RABBITMQ_URL', { infer: true }),
                  config.get('RABBITMQ_PREFIX', { infer: true }),
                )
              : new InProcessChatFanout(),
        },
      ],
      exports: [
        OpenConversation,
        PostMessage,
        MarkRead,
        ReadConversations,
        AssignConversation,
        CloseConversation,
        ChatFanout,
        ChatCallers,
      ],
    };
  }
}

/** The IM's REST routes and its WebSocket, over the module that hosts the context. */
@Module({})
export class ImHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: ImHttpModule,
      imports: client.imports,
      controllers: [ImHttpController],
      providers: [ChatCallerGuard, ImGateway],
    };
  }
}
