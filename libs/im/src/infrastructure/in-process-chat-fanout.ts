import { ChatFanout, type Push } from '../application/chat-fanout.js';

/** One process, one replica: a push goes straight to this process's listeners. */
export class InProcessChatFanout extends ChatFanout {
  private readonly listeners: ((push: Push) => void)[] = [];

  async publish(push: Push): Promise<void> {
    for (const listener of this.listeners) listener(push);
  }

  subscribe(listener: (push: Push) => void): void {
    this.listeners.push(listener);
  }
}
