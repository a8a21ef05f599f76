import { FakeEventBus } from '@nestmall/testing';
import { IntegrationEventHandler } from './integration-event-handler.js';
import { newEvent, type IntegrationEvent } from './integration-event.js';

class Counter extends IntegrationEventHandler<{ n: number }> {
  readonly consumer = 'test.counter';
  readonly types = ['Counted'];
  readonly seen: number[] = [];

  async handle(event: IntegrationEvent<{ n: number }>): Promise<void> {
    this.seen.push(event.payload.n);
  }
}

describe('IntegrationEventHandler', () => {
  it('subscribes its consumer to its types when its module starts, and gets the event only', async () => {
    const bus = new FakeEventBus();
    const counter = new Counter(bus);
    await counter.onModuleInit();
    expect(bus.subscriptions.map((s) => [s.consumer, s.types])).toEqual([
      ['test.counter', ['Counted']],
    ]);
    await bus.deliver(newEvent('Counted', { n: 3 }));
    await bus.deliver(newEvent('Other', { n: 4 }));
    expect(counter.seen).toEqual([3]);
  });
});
