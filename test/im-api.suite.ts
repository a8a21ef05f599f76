import request from 'supertest';
import WebSocket from 'ws';
import { DEMO_STAFF_PASSWORD } from '@nestmall/admin';
import { eventually, payThroughSandbox } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

/** The shop, and where the IM answers: one base URL per replica (REST and ws://.../im). */
export interface ImShop {
  shop: ShopUnderTest;
  /** The IM's HTTP bases (the monolith's port; each im-service replica's PORT). */
  im: string[];
}

interface Frame {
  event: string;
  data: Record<string, unknown>;
}

/** A WebSocket client that keeps every frame it is pushed. */
class Client {
  readonly frames: Frame[] = [];
  private constructor(readonly socket: WebSocket) {
    socket.on('message', (raw: Buffer) =>
      this.frames.push(JSON.parse(raw.toString('utf8')) as Frame),
    );
  }

  /** Connects with the token in the Authorization header; resolves once `ready` arrived. */
  static async connect(base: string, token: string): Promise<Client> {
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/im`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const client = new Client(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
    });
    await client.waitFor((f) => f.event === 'ready', 'ready');
    return client;
  }

  send(event: string, data: unknown): void {
    this.socket.send(JSON.stringify({ event, data }));
  }

  async waitFor(match: (f: Frame) => boolean, what: string): Promise<Frame> {
    await eventually(async () => this.frames.some(match), what);
    return this.frames.find(match)!;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

/** The HTTP status an upgrade to /im is refused with (0: it was accepted). */
function upgradeStatus(
  base: string,
  headers: Record<string, string>,
  protocols?: string[],
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/im`, protocols, { headers });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? -1);
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(0);
      socket.close();
    });
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

/**
 * The IM against either topology (docs/im.md): the order-status push (PENDING -> CREATED ->
 * PAID, to its buyer only), the customer-service chat between a buyer and support staff on
 * different replicas where there are two, read receipts, missed messages on reconnect, and the
 * refusals (no token, another buyer's order, staff without support:chat).
 */
export function imApiSuite(name: string, target: () => ImShop): void {
  describe(`IM (${name})`, () => {
    const http = (): Http => request(target().shop.http as Parameters<typeof request>[0]);
    const replicaA = () => target().im[0];
    const replicaB = () => target().im[target().im.length - 1];
    const im = (base: string) => request(base);
    const tokens = new Map<string, string>();
    const clients: Client[] = [];

    async function tokenOf(user: string): Promise<string> {
      if (!tokens.has(user)) {
        const res = await http()
          .post('/auth/login')
          .send({ user_name: user, password: '123456' })
          .expect(200);
        tokens.set(user, res.body.access_token);
      }
      return tokens.get(user)!;
    }

    async function staffTokenOf(email: string): Promise<string> {
      if (!tokens.has(email)) {
        const res = await http()
          .post('/admin/auth/login')
          .send({ email, password: DEMO_STAFF_PASSWORD })
          .expect(200);
        tokens.set(email, res.body.access_token);
      }
      return tokens.get(email)!;
    }

    async function connect(base: string, token: string): Promise<Client> {
      const client = await Client.connect(base, token);
      clients.push(client);
      return client;
    }

    async function placeOrder(user: string, sku = 'T00100'): Promise<number> {
      const res = await http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .send({ items: [{ sku_id: sku, quantity: 1 }] });
      expect(res.status).toBe(201);
      return res.body.order_id as number;
    }

    const statusesOf = (client: Client, orderId: number) =>
      client.frames
        .filter((f) => f.event === 'order.status' && f.data.order_id === orderId)
        .map((f) => f.data.status);

    afterAll(async () => {
      await Promise.all(clients.map((c) => c.close()));
    });

    it('refuses a WebSocket without a valid token (401) and staff without support:chat (403)', async () => {
      expect(await upgradeStatus(replicaA(), {})).toBe(401);
      expect(await upgradeStatus(replicaA(), { authorization: 'Bearer not.a.token' })).toBe(401);
      expect(await upgradeStatus(replicaA(), { authorization: 'Basic dGVzdDI6MTIzNDU2' })).toBe(
        401,
      );
      const merch = await staffTokenOf('merch@nestmall.example');
      expect(await upgradeStatus(replicaA(), { authorization: `Bearer ${merch}` })).toBe(403);
      // A browser's way: the token as the second subprotocol.
      expect(await upgradeStatus(replicaA(), {}, ['bearer', await tokenOf('test2')])).toBe(0);
      const res = await im(replicaA()).get('/im/conversations');
      expect(res.status).toBe(401);
    });

    let orderId: number;

    it("pushes a buyer their order's PENDING -> CREATED -> PAID in order, and nobody else", async () => {
      const buyer = await connect(replicaA(), await tokenOf('test2'));
      const other = await connect(replicaB(), await tokenOf('test3'));
      orderId = await placeOrder('test2');
      await payThroughSandbox(http, await tokenOf('test2'), orderId);
      await buyer.waitFor(
        (f) =>
          f.event === 'order.status' && f.data.order_id === orderId && f.data.status === 'PAID',
        `order ${orderId} PAID pushed`,
      );
      expect(statusesOf(buyer, orderId)).toEqual(['PENDING', 'CREATED', 'PAID']);
      const sequences = buyer.frames
        .filter((f) => f.event === 'order.status' && f.data.order_id === orderId)
        .map((f) => f.data.sequence);
      expect(sequences).toEqual([1, 2, 3]);
      // The other buyer, on the other replica, hears their own order (so the pushes before it
      // have gone by) and nothing of the first buyer's.
      const own = await placeOrder('test3', 'T00101');
      await other.waitFor(
        (f) => f.event === 'order.status' && f.data.order_id === own && f.data.status === 'CREATED',
        `order ${own} CREATED pushed`,
      );
      expect(statusesOf(other, own)).toEqual(['PENDING', 'CREATED']);
      expect(statusesOf(other, orderId)).toEqual([]);
      expect(statusesOf(buyer, own)).toEqual([]);
    });

    let conversationId: number;

    it("opens a conversation on the buyer's own order only (another buyer's: 404)", async () => {
      const theirs = await im(replicaA())
        .post('/im/conversations')
        .set('authorization', `Bearer ${await tokenOf('test3')}`)
        .send({ order_id: orderId });
      expect(theirs.status).toBe(404);
      const bad = await im(replicaA())
        .post('/im/conversations')
        .set('authorization', `Bearer ${await tokenOf('test2')}`)
        .send({ order_id: 'x' });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('order_id');
      const staff = await im(replicaA())
        .post('/im/conversations')
        .set('authorization', `Bearer ${await staffTokenOf('support@nestmall.example')}`)
        .send({ order_id: orderId });
      expect(staff.status).toBe(403);
      const opened = await im(replicaA())
        .post('/im/conversations')
        .set('authorization', `Bearer ${await tokenOf('test2')}`)
        .send({ order_id: orderId })
        .expect(201);
      expect(opened.body).toMatchObject({ order_id: orderId, last_seq: 0 });
      conversationId = opened.body.conversation_id;
      const again = await im(replicaB())
        .post('/im/conversations')
        .set('authorization', `Bearer ${await tokenOf('test2')}`)
        .send({ order_id: orderId })
        .expect(201);
      expect(again.body.conversation_id).toBe(conversationId);
      const peek = await im(replicaB())
        .get(`/im/conversations/${conversationId}/messages`)
        .set('authorization', `Bearer ${await tokenOf('test3')}`);
      expect(peek.status).toBe(404);
    });

    it('chats between a buyer and support staff on different replicas, with read receipts', async () => {
      const buyer = await connect(replicaA(), await tokenOf('test2'));
      const staff = await connect(replicaB(), await staffTokenOf('support@nestmall.example'));
      const stranger = await connect(replicaB(), await tokenOf('test4'));
      buyer.send('chat.send', { conversation_id: conversationId, body: 'Where is my parcel?' });
      const sent = await buyer.waitFor((f) => f.event === 'chat.sent', 'chat.sent');
      expect(sent.data).toMatchObject({ seq: 1, sender_role: 'buyer' });
      const heard = await staff.waitFor(
        (f) => f.event === 'chat.message' && f.data.seq === 1,
        'staff hears message 1',
      );
      expect(heard.data).toMatchObject({
        conversation_id: conversationId,
        body: 'Where is my parcel?',
      });
      staff.send('chat.send', { conversation_id: conversationId, body: 'It ships today.' });
      const answer = await buyer.waitFor(
        (f) => f.event === 'chat.message' && f.data.seq === 2,
        'buyer hears message 2',
      );
      expect(answer.data).toMatchObject({ sender_role: 'staff', body: 'It ships today.' });
      buyer.send('chat.read', { conversation_id: conversationId, seq: 2 });
      const receipt = await staff.waitFor(
        (f) => f.event === 'chat.read' && f.data.reader_role === 'buyer',
        'staff hears the read receipt',
      );
      expect(receipt.data).toMatchObject({ read_seq: 2 });
      const view = await im(replicaA())
        .get(`/im/conversations/${conversationId}`)
        .set('authorization', `Bearer ${await tokenOf('test2')}`)
        .expect(200);
      expect(view.body).toMatchObject({ last_seq: 2, buyer_read_seq: 2, staff_read_seq: 2 });
      // A bad message names its field; a stranger's is refused as if it did not exist.
      buyer.send('chat.send', { conversation_id: conversationId, body: '' });
      const error = await buyer.waitFor((f) => f.event === 'error', 'error');
      expect(error.data).toMatchObject({ code: 'INVALID_ARGUMENT' });
      expect(String(error.data.message)).toContain('body');
      stranger.send('chat.send', { conversation_id: conversationId, body: 'hello?' });
      const refused = await stranger.waitFor((f) => f.event === 'error', 'stranger refused');
      expect(refused.data).toMatchObject({ code: 'NOT_FOUND' });
      expect(stranger.frames.filter((f) => f.event === 'chat.message')).toEqual([]);
      await buyer.close();
    });

    it('gives a client that reconnects the messages it missed, in order', async () => {
      const staffToken = await staffTokenOf('support@nestmall.example');
      for (const body of ['Tracking number: SF123', 'Anything else?'])
        await im(replicaA())
          .post(`/im/conversations/${conversationId}/messages`)
          .set('authorization', `Bearer ${staffToken}`)
          .send({ body })
          .expect(201);
      const back = await connect(replicaB(), await tokenOf('test2'));
      back.send('chat.sync', { conversation_id: conversationId, after_seq: 2 });
      const missed = await back.waitFor((f) => f.event === 'chat.missed', 'chat.missed');
      const messages = missed.data.messages as { seq: number; body: string }[];
      expect(messages.map((m) => [m.seq, m.body])).toEqual([
        [3, 'Tracking number: SF123'],
        [4, 'Anything else?'],
      ]);
      const rest = await im(replicaB())
        .get(`/im/conversations/${conversationId}/messages?after_seq=3`)
        .set('authorization', `Bearer ${await tokenOf('test2')}`)
        .expect(200);
      expect(rest.body.map((m: { seq: number }) => m.seq)).toEqual([4]);
      const list = await im(replicaB())
        .get('/im/conversations')
        .set('authorization', `Bearer ${staffToken}`)
        .expect(200);
      expect(list.body.map((c: { conversation_id: number }) => c.conversation_id)).toContain(
        conversationId,
      );
    });

    it('assigns a conversation (a claim, a supervisor), closes it and reopens it on the buyer message', async () => {
      const supportToken = await staffTokenOf('support@nestmall.example');
      const adminToken = await staffTokenOf('admin@nestmall.example');
      const buyerToken = await tokenOf('test2');
      const buyer = await connect(replicaB(), buyerToken);
      const staff = await connect(replicaA(), supportToken);
      const supportId = (await staff.waitFor((f) => f.event === 'ready', 'ready')).data
        .id as number;
      const assignment = (base: string, token: string, body: object = {}) =>
        im(base)
          .post(`/im/conversations/${conversationId}/assignment`)
          .set('authorization', `Bearer ${token}`)
          .send(body);

      // Support staff claims it: the buyer on the other replica sees who answers.
      const claimed = await assignment(replicaA(), supportToken).expect(200);
      expect(claimed.body).toMatchObject({ status: 'OPEN', assigned_staff_id: supportId });
      const pushed = await buyer.waitFor(
        (f) => f.event === 'chat.conversation' && f.data.change === 'assigned',
        'the buyer hears the assignment',
      );
      expect(pushed.data).toMatchObject({
        conversation_id: conversationId,
        assigned_staff_id: supportId,
        by_role: 'staff',
      });
      // Nobody else claims it; only a supervisor (staff:manage) gives it to somebody else, and
      // only to support staff; a buyer takes none.
      const taken = await assignment(replicaB(), adminToken);
      expect(taken.status).toBe(409);
      expect(taken.body.message).toContain(`assigned to staff ${supportId}`);
      const notSupervisor = await assignment(replicaA(), supportToken, {
        staff_id: supportId + 1000,
      });
      expect(notSupervisor.status).toBe(403);
      const nobody = await assignment(replicaB(), adminToken, { staff_id: 99999 });
      expect(nobody.status).toBe(400);
      expect(JSON.stringify(nobody.body)).toContain('staff_id');
      const bad = await assignment(replicaB(), adminToken, { staff_id: 'x' });
      expect(bad.status).toBe(400);
      expect((await assignment(replicaB(), buyerToken)).status).toBe(403);
      // The supervisor takes it over, then gives it back.
      const supervisor = await connect(replicaB(), adminToken);
      const adminId = (await supervisor.waitFor((f) => f.event === 'ready', 'ready')).data
        .id as number;
      const over = await assignment(replicaB(), adminToken, { staff_id: adminId }).expect(200);
      expect(over.body.assigned_staff_id).toBe(adminId);
      const notTheirs = await im(replicaA())
        .post(`/im/conversations/${conversationId}/messages`)
        .set('authorization', `Bearer ${supportToken}`)
        .send({ body: 'Still here' });
      expect(notTheirs.status).toBe(409);
      const back = await assignment(replicaB(), adminToken, { staff_id: supportId }).expect(200);
      expect(back.body.assigned_staff_id).toBe(supportId);

      // The buyer closes it over the WebSocket; staff hears it and can no longer write.
      buyer.send('chat.close', { conversation_id: conversationId });
      const closed = await buyer.waitFor((f) => f.event === 'chat.closed', 'chat.closed');
      expect(closed.data).toMatchObject({ status: 'CLOSED', assigned_staff_id: supportId });
      await staff.waitFor(
        (f) => f.event === 'chat.conversation' && f.data.change === 'closed',
        'staff hears the closing',
      );
      const refused = await im(replicaA())
        .post(`/im/conversations/${conversationId}/messages`)
        .set('authorization', `Bearer ${supportToken}`)
        .send({ body: 'One more thing' });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain("is closed: its buyer's next message opens it again");
      staff.send('chat.send', { conversation_id: conversationId, body: 'Hello?' });
      const wsRefused = await staff.waitFor((f) => f.event === 'error', 'staff refused');
      expect(wsRefused.data).toMatchObject({ code: 'CONFLICT' });
      // Both replicas see the same state.
      const seen = await im(replicaB())
        .get(`/im/conversations/${conversationId}`)
        .set('authorization', `Bearer ${supportToken}`)
        .expect(200);
      expect(seen.body).toMatchObject({ status: 'CLOSED', assigned_staff_id: supportId });
      expect(seen.body.closed_at).toEqual(expect.any(String));

      // The buyer writes again: open, with the same staff member.
      const again = await im(replicaA())
        .post(`/im/conversations/${conversationId}/messages`)
        .set('authorization', `Bearer ${buyerToken}`)
        .send({ body: 'It broke again' })
        .expect(201);
      await staff.waitFor(
        (f) => f.event === 'chat.conversation' && f.data.change === 'reopened',
        'staff hears the reopening',
      );
      await staff.waitFor(
        (f) => f.event === 'chat.message' && f.data.seq === again.body.seq,
        'staff hears the message',
      );
      const reopened = await im(replicaB())
        .get(`/im/conversations/${conversationId}`)
        .set('authorization', `Bearer ${buyerToken}`)
        .expect(200);
      expect(reopened.body).toMatchObject({
        status: 'OPEN',
        assigned_staff_id: supportId,
        closed_at: null,
      });

      // Its staff closes it over REST; closing again changes nothing.
      for (let i = 0; i < 2; i++)
        await im(replicaB())
          .post(`/im/conversations/${conversationId}/close`)
          .set('authorization', `Bearer ${supportToken}`)
          .expect(200);
      await buyer.waitFor(
        (f) =>
          f.event === 'chat.conversation' &&
          f.data.by_role === 'staff' &&
          f.data.change === 'closed',
        'the buyer hears the staff closing',
      );
      const changes = buyer.frames
        .filter((f) => f.event === 'chat.conversation')
        .map((f) => `${String(f.data.change)} by ${String(f.data.by_role)}`);
      expect(changes).toEqual([
        'assigned by staff',
        'assigned by staff',
        'assigned by staff',
        'closed by buyer',
        'reopened by buyer',
        'closed by staff',
      ]);
    });
  });
}
