/** Who a push is for: one buyer's connections, and/or every support staff connection. */
export interface PushAudience {
  buyerId: number | null;
  staff: boolean;
}

/** What the WebSocket sends: `{ event, data }`. */
export interface Push {
  event: 'order.status' | 'chat.message' | 'chat.read' | 'chat.conversation';
  audience: PushAudience;
  data: Record<string, unknown>;
}

/**
 * Every replica of the IM hears every push, and each sends it to the connections it holds
 * (in-process in the monolith; a RabbitMQ fanout exchange with a queue per replica in the split
 * topology: infrastructure/).
 */
export abstract class ChatFanout {
  abstract publish(push: Push): Promise<void>;
  /** `listener` hears every push published by any replica, this one included. */
  abstract subscribe(listener: (push: Push) => void): void;
}
