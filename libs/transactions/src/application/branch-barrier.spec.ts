import { InMemoryBranchBarrier } from '@nestmall/testing';

describe('BranchBarrier', () => {
  let barrier: InMemoryBranchBarrier;
  let ran: string[];
  const business = (what: string) => async () => void ran.push(what);

  beforeEach(() => {
    barrier = new InMemoryBranchBarrier();
    ran = [];
  });

  it('runs a Try once and a Confirm once: a repeat finds its row and does nothing', async () => {
    expect(await barrier.guard('g', 'try', business('try'))).toBe(true);
    expect(await barrier.guard('g', 'try', business('try again'))).toBe(false);
    expect(await barrier.guard('g', 'confirm', business('confirm'))).toBe(true);
    expect(await barrier.guard('g', 'confirm', business('confirm again'))).toBe(false);
    expect(ran).toEqual(['try', 'confirm']);
  });

  it('undoes a real Try once on Cancel', async () => {
    await barrier.guard('g', 'try', business('try'));
    expect(await barrier.guard('g', 'cancel', business('cancel'))).toBe(true);
    expect(await barrier.guard('g', 'cancel', business('cancel again'))).toBe(false);
    expect(ran).toEqual(['try', 'cancel']);
  });

  it('records a Cancel without a Try as a null compensation, and the late Try then does nothing', async () => {
    expect(await barrier.guard('g', 'cancel', business('cancel'))).toBe(false);
    expect(barrier.has('g', 'try') && barrier.has('g', 'cancel')).toBe(true);
    expect(await barrier.guard('g', 'try', business('late try'))).toBe(false);
    expect(ran).toEqual([]);
  });

  it('keeps gids apart, and a one-off operation of its own name happens once', async () => {
    await barrier.guard('g1', 'try', business('g1'));
    await barrier.guard('g2', 'try', business('g2'));
    expect(ran).toEqual(['g1', 'g2']);
    expect(await barrier.insertOnce('g1', 'return')).toBe(true);
    expect(await barrier.insertOnce('g1', 'return')).toBe(false);
  });

  it('lets a failing business change throw (the unit of work rolls the row back with it)', async () => {
    await expect(
      barrier.guard('g', 'try', async () => {
        throw new Error('no stock');
      }),
    ).rejects.toThrow('no stock');
  });
});
