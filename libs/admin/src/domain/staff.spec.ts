import { InvalidArgumentError } from '@nestmall/ports/platform';
import { checkRole, permissionsOf, ROLES } from './roles.js';
import { normalizeEmail, Staff } from './staff.js';

const member = (role: 'admin' | 'merchandiser' | 'auditor' | 'support', id = 2) =>
  Staff.restore({
    id,
    email: 'x@nestmall.example',
    name: 'X',
    role,
    passwordHash: 'h',
    createdAt: new Date(0),
    version: 1,
  });

describe('roles', () => {
  it('has admin, merchandiser, auditor, support and shipper, each a set of permissions', () => {
    expect(ROLES).toEqual(['admin', 'merchandiser', 'auditor', 'support', 'shipper']);
    expect(permissionsOf('admin')).toEqual(
      expect.arrayContaining(['staff:manage', 'audit:read', 'product:review', 'product:write']),
    );
    expect(permissionsOf('merchandiser')).toEqual([
      'product:write',
      'stock:write',
      'promotion:write',
    ]);
    expect(permissionsOf('auditor')).toEqual(['product:review', 'audit:read']);
    expect(permissionsOf('support')).toEqual(['support:chat', 'aftersales:decide']);
    expect(permissionsOf('shipper')).toEqual(['order:ship']);
    expect(permissionsOf('admin')).toContain('order:ship');
  });

  it('refuses an unknown role naming the field, own properties only', () => {
    expect(() => checkRole('root')).toThrow(/^role must be one of admin, merchandiser/);
    expect(() => checkRole('toString')).toThrow(InvalidArgumentError);
    expect(() => checkRole(undefined)).toThrow(InvalidArgumentError);
  });
});

describe('Staff', () => {
  it('drafts a trimmed name, a lower-case e-mail and a checked role', () => {
    expect(
      Staff.draft({
        email: ' Li.Lei@Example.COM ',
        name: ' Li Lei ',
        role: 'auditor',
        passwordHash: 'h',
      }),
    ).toEqual({ email: 'li.lei@example.com', name: 'Li Lei', role: 'auditor', passwordHash: 'h' });
  });

  it.each([
    [{ email: 'not-an-email', name: 'A', role: 'admin' }, /^email/],
    [{ email: 'a@b.cd', name: '', role: 'admin' }, /^name/],
    [{ email: 'a@b.cd', name: 'x'.repeat(65), role: 'admin' }, /^name/],
    [{ email: 'a@b.cd', name: 'A', role: 'owner' }, /^role/],
    [{ email: 42, name: 'A', role: 'admin' }, /^email/],
  ])('refuses %o naming the field', (input, message) => {
    expect(() => Staff.draft({ ...input, passwordHash: 'h' })).toThrow(message);
  });

  it('grants what its role holds, and nothing else', () => {
    expect(member('merchandiser').can('product:write')).toBe(true);
    expect(member('merchandiser').can('product:review')).toBe(false);
    expect(member('auditor').can('audit:read')).toBe(true);
    expect(member('support').can('staff:manage')).toBe(false);
  });

  it('changes role, says whether anything changed, and never its own', () => {
    const staff = member('merchandiser', 2);
    expect(staff.changeRole('auditor', { staffId: 1 })).toBe(true);
    expect(staff.role).toBe('auditor');
    expect(staff.changeRole('auditor', { staffId: 1 })).toBe(false);
    expect(() => staff.changeRole('admin', { staffId: 2 })).toThrow(/own role/);
    expect(() => staff.changeRole('boss', { staffId: 1 })).toThrow(/^role must be/);
    expect(staff.role).toBe('auditor');
  });

  it('normalizes e-mails for lookups', () => {
    expect(normalizeEmail('A@B.example')).toBe('a@b.example');
    expect(() => normalizeEmail('a b@c.de')).toThrow(/^email/);
  });
});
