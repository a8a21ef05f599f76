import { Conversation } from './conversation.js';

const buyer = { role: 'buyer' as const, id: 7 };
const staff = { role: 'staff' as const, id: 3 };
const stranger = { role: 'buyer' as const, id: 8 };

function stored(): Conversation {
  const c = Conversation.open(42, 7);
  c.markStored({ conversationId: 1 });
  return c;
}

describe('Conversation', () => {
  it('numbers messages 1, 2, 3 from either side, the sender having read their own', () => {
    const c = stored();
    expect(c.post(buyer, 'hello').seq).toBe(1);
    expect(c.post(staff, 'hi, how can I help?').seq).toBe(2);
    expect(c.post(buyer, 'my parcel').seq).toBe(3);
    expect(c.pullPosted().map((m) => [m.seq, m.senderRole])).toEqual([
      [1, 'buyer'],
      [2, 'staff'],
      [3, 'buyer'],
    ]);
    expect(c.readSeqOf('buyer')).toBe(3);
    expect(c.readSeqOf('staff')).toBe(2);
    // The guard is the sequence it was loaded with.
    expect(c.storedLastSeq).toBe(0);
  });

  it('admits its buyer and any support staff; another buyer is told it does not exist', () => {
    const c = stored();
    expect(() => c.admit(buyer)).not.toThrow();
    expect(() => c.admit(staff)).not.toThrow();
    expect(() => c.post(stranger, 'hi')).toThrow(/conversation 1 not found/);
  });

  it('refuses an empty or too long body, naming it', () => {
    const c = stored();
    expect(() => c.post(buyer, '   ')).toThrow(/body must be a non-empty string/);
    expect(() => c.post(buyer, 42)).toThrow(/body/);
    expect(() => c.post(buyer, 'x'.repeat(2001))).toThrow(/body must be at most 2000/);
    expect(c.lastSeq).toBe(0);
  });

  it('moves read receipts forward only, never past the last message', () => {
    const c = stored();
    c.post(staff, 'one');
    c.post(staff, 'two');
    expect(c.read(buyer, 1)).toBe(true);
    expect(c.read(buyer, 1)).toBe(false);
    expect(c.read(buyer, 0)).toBe(false);
    expect(() => c.read(buyer, 3)).toThrow(/seq must be at most 2/);
    expect(() => c.read(buyer, -1)).toThrow(/seq must be an integer/);
    expect(c.read(buyer, 2)).toBe(true);
    expect(c.pullReceipts()).toEqual([
      { reader: buyer, readSeq: 1 },
      { reader: buyer, readSeq: 2 },
    ]);
  });

  describe('assignment and closing', () => {
    const other = { role: 'staff' as const, id: 4 };

    it('lets a support staff member claim it once; another staff member is refused', () => {
      const c = stored();
      expect(c.claim(staff)).toBe(true);
      expect(c.claim(staff)).toBe(false);
      expect(c.assignedStaffId).toBe(3);
      expect(() => c.claim(other)).toThrow(/assigned to staff 3: a supervisor reassigns/);
      expect(() => c.post(other, 'let me help')).toThrow(/assigned to staff 3/);
      expect(() => c.claim(buyer)).toThrow(/support staff claim/);
      expect(c.post(staff, 'on it').seq).toBe(1);
      expect(c.pullChanges().map((ch) => [ch.kind, ch.by.id])).toEqual([['assigned', 3]]);
      expect(c.snapshot().revision).toBe(1);
      expect(c.storedRevision).toBe(0);
    });

    it('lets a supervisor reassign it, whoever has it', () => {
      const c = stored();
      c.claim(staff);
      expect(c.assign(other, 5)).toBe(true);
      expect(c.assignedStaffId).toBe(5);
      expect(() => c.post(staff, 'still mine?')).toThrow(/assigned to staff 5/);
    });

    it("closes for its buyer or its staff; staff cannot write then; the buyer's message reopens it", () => {
      const c = stored();
      c.claim(staff);
      expect(() => c.close(other)).toThrow(/assigned to staff 3/);
      expect(() => c.close(stranger)).toThrow(/not found/);
      expect(c.close(staff)).toBe(true);
      expect(c.close(buyer)).toBe(false);
      expect(c.status).toBe('CLOSED');
      expect(c.snapshot().closedAt).toBeInstanceOf(Date);
      expect(() => c.post(staff, 'one more thing')).toThrow(/is closed: its buyer's next message/);
      expect(() => c.claim(staff)).toThrow(/is closed/);
      expect(() => c.assign(other, 5)).toThrow(/is closed/);
      expect(c.post(buyer, 'it broke again').seq).toBe(1);
      expect(c.status).toBe('OPEN');
      expect(c.snapshot().closedAt).toBeNull();
      // Still with the staff member who had it.
      expect(c.assignedStaffId).toBe(3);
      expect(c.pullChanges().map((ch) => [ch.kind, ch.by.role])).toEqual([
        ['assigned', 'staff'],
        ['closed', 'staff'],
        ['reopened', 'buyer'],
      ]);
    });

    it('refuses a bad body before reopening anything', () => {
      const c = stored();
      c.close(buyer);
      expect(() => c.post(buyer, '')).toThrow(/body/);
      expect(c.status).toBe('CLOSED');
    });
  });
});
