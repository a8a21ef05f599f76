import { MemoryFailureBackoff, UnauthenticatedError } from '@nestmall/platform';
import { FakeUnitOfWork, InMemoryAuditLog, InMemoryStaff } from '@nestmall/testing';
import { PasswordHasher } from '@nestmall/users';
import { AuthenticateStaff } from './authenticate-staff.js';
import { BootstrapStaff, SYSTEM_ACTOR } from './bootstrap-staff.js';
import { ChangeStaffRole } from './change-staff-role.js';
import { CreateStaff } from './create-staff.js';
import { ListAudit } from './list-audit.js';
import { LogInStaff } from './log-in-staff.js';
import { StaffTokens } from './staff-tokens.js';

class FakeHasher extends PasswordHasher {
  async hash(password: string): Promise<string> {
    return `hash:${password}`;
  }
  async verify(hash: string, password: string): Promise<boolean> {
    return hash === `hash:${password}`;
  }
  needsRehash(): boolean {
    return false;
  }
}

/** Tokens are `staff:<id>`; anything else is refused. */
class FakeStaffTokens extends StaffTokens {
  async issue(staff: { id: number }): Promise<{ token: string; expiresIn: number }> {
    return { token: `staff:${staff.id}`, expiresIn: 60 };
  }
  async verify(token: string): Promise<number> {
    const match = /^staff:(\d+)$/.exec(token);
    if (!match) throw new UnauthenticatedError('the staff access token is invalid or expired');
    return Number(match[1]);
  }
}

function context() {
  const staff = new InMemoryStaff();
  const audit = new InMemoryAuditLog();
  const hasher = new FakeHasher();
  const tokens = new FakeStaffTokens();
  const unitOfWork = new FakeUnitOfWork();
  const createStaff = new CreateStaff(staff, audit, hasher, unitOfWork);
  const backoff = new MemoryFailureBackoff({ failuresBeforeBackoff: 5, maxWaitSeconds: 900 });
  return {
    staff,
    audit,
    unitOfWork,
    createStaff,
    bootstrap: new BootstrapStaff(staff, createStaff),
    changeRole: new ChangeStaffRole(staff, audit, unitOfWork),
    authenticate: new AuthenticateStaff(tokens, staff),
    logIn: new LogInStaff(staff, hasher, tokens, backoff),
    listAudit: new ListAudit(audit),
  };
}

const ADMIN = { staffId: 100, email: 'boss@nestmall.example' };
const NEW = {
  email: 'Merch@Nestmall.example',
  name: 'Merch',
  role: 'merchandiser',
  password: 'long-enough-1',
};

describe('staff administration', () => {
  it('creates a staff member and audits it in the same unit of work, without the hash', async () => {
    const c = context();
    const view = await c.createStaff.execute(ADMIN, NEW);
    expect(view).toMatchObject({
      email: 'merch@nestmall.example',
      role: 'merchandiser',
      permissions: ['product:write', 'stock:write', 'promotion:write'],
    });
    expect(c.unitOfWork.committed).toBe(1);
    expect(c.audit.entries).toEqual([
      expect.objectContaining({
        actorId: 100,
        actorEmail: 'boss@nestmall.example',
        action: 'staff.create',
        entityType: 'staff',
        entityId: String(view.staff_id),
        before: null,
        after: expect.objectContaining({ email: 'merch@nestmall.example', role: 'merchandiser' }),
      }),
    ]);
    expect(JSON.stringify(c.audit.entries)).not.toContain('hash:');
  });

  it('refuses a short password, a bad role and a taken e-mail, auditing nothing', async () => {
    const c = context();
    await expect(c.createStaff.execute(ADMIN, { ...NEW, password: 'short' })).rejects.toThrow(
      /^password must be 10 to 128/,
    );
    await expect(c.createStaff.execute(ADMIN, { ...NEW, role: 'owner' })).rejects.toThrow(/^role/);
    await c.createStaff.execute(ADMIN, NEW);
    await expect(
      c.createStaff.execute(ADMIN, { ...NEW, email: 'MERCH@nestmall.example' }),
    ).rejects.toThrow(/is taken/);
    expect(c.audit.entries).toHaveLength(1);
  });

  it('changes a role with before and after in the audit log; the same role audits nothing', async () => {
    const c = context();
    const { staff_id } = await c.createStaff.execute(ADMIN, NEW);
    const view = await c.changeRole.execute(ADMIN, staff_id, 'auditor');
    expect(view.permissions).toEqual(['product:review', 'audit:read']);
    await c.changeRole.execute(ADMIN, staff_id, 'auditor');
    const changes = c.audit.entries.filter((e) => e.action === 'staff.role');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      before: { role: 'merchandiser' },
      after: { role: 'auditor' },
    });
    await expect(c.changeRole.execute(ADMIN, 999, 'auditor')).rejects.toThrow(
      /staff 999 not found/,
    );
  });

  it('bootstraps an account once, as the system', async () => {
    const c = context();
    const admin = {
      email: 'first@nestmall.example',
      name: 'Admin',
      role: 'admin' as const,
      password: 'first-admin-pw',
    };
    expect(await c.bootstrap.execute(admin)).toBe(true);
    expect(await c.bootstrap.execute(admin)).toBe(false);
    expect(c.staff.rows.size).toBe(1);
    expect(c.audit.entries[0]).toMatchObject({
      actorId: SYSTEM_ACTOR.staffId,
      actorEmail: 'system',
    });
  });
});

describe('staff log-in and authentication', () => {
  it('logs in by e-mail in any case and authenticates the token with the current role', async () => {
    const c = context();
    const { staff_id } = await c.createStaff.execute(ADMIN, NEW);
    const session = await c.logIn.execute({
      email: 'MERCH@nestmall.example',
      password: NEW.password,
    });
    expect(session).toMatchObject({ token_type: 'Bearer', expires_in: 60, staff: { staff_id } });
    await c.changeRole.execute(ADMIN, staff_id, 'support');
    const me = await c.authenticate.execute(`Bearer ${session.access_token}`);
    expect(me).toMatchObject({
      staff_id,
      role: 'support',
      permissions: ['support:chat', 'aftersales:decide'],
    });
  });

  it('gives one answer for an unknown e-mail and a wrong password', async () => {
    const c = context();
    await c.createStaff.execute(ADMIN, NEW);
    const wrong = c.logIn.execute({ email: NEW.email, password: 'wrong-password' });
    const unknown = c.logIn.execute({ email: 'nobody@nestmall.example', password: NEW.password });
    await expect(wrong).rejects.toThrow('email or password is wrong');
    await expect(unknown).rejects.toThrow('email or password is wrong');
  });

  it.each([
    [undefined, /staff access token is required/],
    ['Basic abc', /staff access token is required/],
    ['Bearer buyer-token', /invalid or expired/],
    ['Bearer staff:42', /invalid or expired/],
  ])('refuses the header %s', async (header, message) => {
    await expect(context().authenticate.execute(header)).rejects.toThrow(message);
  });
});

describe('ListAudit', () => {
  it('pages newest first and filters', async () => {
    const c = context();
    for (let i = 0; i < 3; i++)
      await c.createStaff.execute(ADMIN, { ...NEW, email: `m${i}@nestmall.example` });
    const page = await c.listAudit.execute({ pageNum: 1, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, page_num: 1, page_size: 2 });
    expect(page.entries.map((e) => e.entity_id)).toEqual(['3', '2']);
    const one = await c.listAudit.execute({ entityType: 'staff', entityId: '1' });
    expect(one.entries).toHaveLength(1);
    expect((await c.listAudit.execute({ actorId: 7 })).total).toBe(0);
  });

  it('refuses a page size over 100 naming the field', async () => {
    await expect(context().listAudit.execute({ pageSize: 101 })).rejects.toThrow(/^page_size/);
  });
});
