import {
  FakeEventBus,
  FakeOrdersClient,
  FakeUnitOfWork,
  InMemoryConversations,
  InMemoryOrderProgress,
  RecordingChatFanout,
} from '@nestmall/testing';
import { newEvent } from '@nestmall/ports/messaging';
import {
  CHAT_MESSAGE_POSTED,
  ORDER_STATUS_CHANGED,
  type OrderStatusChangedPayload,
} from '@nestmall/ports/contracts';
import type { AuthenticatedUser } from '@nestmall/ports/platform';
import { AssignConversation } from './assign-conversation.js';
import { ChatPushHandler } from './chat-push.handler.js';
import { CloseConversation } from './close-conversation.js';
import { MarkRead } from './mark-read.js';
import { OpenConversation } from './open-conversation.js';
import { OrderStatusPushHandler } from './order-status-push.handler.js';
import { PostMessage } from './post-message.js';
import { ReadConversations } from './read-conversations.js';

const alice: AuthenticatedUser = { userId: 7, userName: 'alice', accessToken: 'a' };
const bob: AuthenticatedUser = { userId: 8, userName: 'bob', accessToken: 'b' };
const buyer = { role: 'buyer' as const, id: 7 };
const staff = { role: 'staff' as const, id: 3 };

function setUp() {
  const orders = new FakeOrdersClient();
  orders.orders.set(42, { user_id: 7, status: 'PAID', total_cents: 100 });
  const conversations = new InMemoryConversations();
  const uow = new FakeUnitOfWork();
  return {
    orders,
    conversations,
    open: new OpenConversation(orders, conversations, uow),
    post: new PostMessage(conversations, uow),
    markRead: new MarkRead(conversations, uow),
    read: new ReadConversations(conversations),
    assign: new AssignConversation(conversations, uow),
    close: new CloseConversation(conversations, uow),
  };
}

describe('the chat use cases', () => {
  it("opens one conversation per order, for the order's buyer only", async () => {
    const { open } = setUp();
    const first = await open.execute(alice, 42);
    expect(first).toMatchObject({ order_id: 42, buyer_id: 7, last_seq: 0 });
    expect((await open.execute(alice, 42)).conversation_id).toBe(first.conversation_id);
    await expect(open.execute(bob, 42)).rejects.toThrow(/not found/);
  });

  it('posts in order, keeps receipts and answers the messages after a sequence', async () => {
    const { open, post, markRead, read, conversations } = setUp();
    const { conversation_id: id } = await open.execute(alice, 42);
    await post.execute(buyer, id, 'where is it?');
    await post.execute(staff, id, 'on its way');
    await post.execute(staff, id, 'tracking SF1');
    const view = await markRead.execute(buyer, id, 3);
    expect(view).toMatchObject({ last_seq: 3, buyer_read_seq: 3, staff_read_seq: 3 });
    expect((await read.messagesAfter(buyer, id, 1)).map((m) => m.seq)).toEqual([2, 3]);
    await expect(read.messagesAfter({ role: 'buyer', id: 8 }, id, 0)).rejects.toThrow(/not found/);
    await expect(read.messagesAfter(buyer, id, -1)).rejects.toThrow(/after_seq/);
    expect(conversations.published).toEqual([
      { type: 'posted', seq: 1 },
      { type: 'posted', seq: 2 },
      { type: 'posted', seq: 3 },
      { type: 'read', seq: 3 },
    ]);
    expect((await read.list(staff)).length).toBe(1);
    expect(await read.list({ role: 'buyer', id: 8 })).toEqual([]);
  });
});

describe('assigning and closing', () => {
  it('claims, closes, refuses staff in a closed conversation and reopens on the buyer message', async () => {
    const { open, post, assign, close, read, conversations } = setUp();
    const { conversation_id: id } = await open.execute(alice, 42);
    expect(await assign.execute(staff, id, null)).toMatchObject({
      status: 'OPEN',
      assigned_staff_id: 3,
    });
    await expect(assign.execute({ role: 'staff', id: 4 }, id, null)).rejects.toThrow(
      /assigned to staff 3/,
    );
    expect(await close.execute(buyer, id)).toMatchObject({ status: 'CLOSED' });
    await expect(post.execute(staff, id, 'wait')).rejects.toThrow(/is closed/);
    await post.execute(buyer, id, 'one more question');
    expect(await read.get(staff, id)).toMatchObject({
      status: 'OPEN',
      assigned_staff_id: 3,
      closed_at: null,
      last_seq: 1,
    });
    expect(conversations.published).toEqual([
      { type: 'assigned', seq: 0 },
      { type: 'closed', seq: 0 },
      { type: 'reopened', seq: 1 },
      { type: 'posted', seq: 1 },
    ]);
  });
});

describe('the pushes', () => {
  const change = (sequence: number, status: string, at = new Date()) =>
    newEvent<OrderStatusChangedPayload>(ORDER_STATUS_CHANGED, {
      order_id: 42,
      user_id: 7,
      status,
      cause: 'x',
      sequence,
      at: at.toISOString(),
    });

  it("pushes an order's changes to its buyer in order: an early one waits, a repeat is dropped", async () => {
    const fanout = new RecordingChatFanout();
    const handler = new OrderStatusPushHandler(
      new FakeEventBus(),
      new InMemoryOrderProgress(),
      fanout,
      10_000,
    );
    await expect(handler.handle(change(2, 'CREATED'))).rejects.toThrow(/before change 1/);
    await handler.handle(change(1, 'PENDING'));
    await handler.handle(change(2, 'CREATED'));
    await handler.handle(change(2, 'CREATED'));
    expect(fanout.pushes.map((p) => [p.data.status, p.audience])).toEqual([
      ['PENDING', { buyerId: 7, staff: false }],
      ['CREATED', { buyerId: 7, staff: false }],
    ]);
    // Past the gap window a change goes without the missing one.
    await handler.handle(change(4, 'SHIPPED', new Date(Date.now() - 60_000)));
    expect(fanout.pushes.map((p) => p.data.sequence)).toEqual([1, 2, 4]);
  });

  it('pushes a chat message to its buyer and the support staff', async () => {
    const fanout = new RecordingChatFanout();
    const handler = new ChatPushHandler(new FakeEventBus(), fanout);
    await handler.handle(
      newEvent(CHAT_MESSAGE_POSTED, {
        conversation_id: 1,
        order_id: 42,
        buyer_id: 7,
        seq: 1,
        sender_role: 'buyer',
        sender_id: 7,
        body: 'hi',
        sent_at: new Date().toISOString(),
      }),
    );
    expect(fanout.pushes).toEqual([
      expect.objectContaining({ event: 'chat.message', audience: { buyerId: 7, staff: true } }),
    ]);
    await expect(
      handler.handle(newEvent(CHAT_MESSAGE_POSTED, { conversation_id: 'x' } as never)),
    ).rejects.toThrow(/not a chat event/);
  });
});
