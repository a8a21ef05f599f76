import { InvalidArgumentError } from '@nestmall/ports/platform';
import {
  AddressBook,
  AddressNotFoundError,
  MAX_ADDRESSES,
  TooManyAddressesError,
  type AddressFields,
} from './address-book.js';

const home: AddressFields = {
  recipient: ' 张三 ',
  mobile: '13800138000',
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  street: '科技园南区 1 栋 101',
  postalCode: '518057',
};

/** A book as the repository hands it out after a save: ids given to the added addresses. */
function stored(book: AddressBook): AddressBook {
  let id = 1;
  for (const a of book.pullChanges().added) a.addressId = id++;
  return AddressBook.restore(book.userId, book.version + 1, book.addresses());
}

describe('AddressBook', () => {
  it('makes the first address the default and trims the fields', () => {
    const book = AddressBook.restore(7, 0, []);
    const first = book.add(home, false);
    expect(first).toMatchObject({ recipient: '张三', isDefault: true, postalCode: '518057' });
    const second = book.add({ ...home, street: 'B' }, false);
    expect(second.isDefault).toBe(false);
  });

  it('keeps exactly one default: a new default demotes the old one', () => {
    const book = AddressBook.restore(7, 0, []);
    book.add(home, false);
    book.add({ ...home, street: 'B' }, true);
    const again = stored(book);
    expect(again.addresses().map((a) => [a.street, a.isDefault])).toEqual([
      ['B', true],
      ['科技园南区 1 栋 101', false],
    ]);
    again.setDefault(1);
    expect(
      again
        .addresses()
        .filter((a) => a.isDefault)
        .map((a) => a.addressId),
    ).toEqual([1]);
    expect(
      again
        .pullChanges()
        .updated.map((a) => a.addressId)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('promotes the oldest other address when the default is removed', () => {
    const book = AddressBook.restore(7, 0, []);
    for (const street of ['A', 'B', 'C']) book.add({ ...home, street }, false);
    const again = stored(book);
    again.remove(1);
    expect(again.addresses().map((a) => [a.addressId, a.isDefault])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(again.pullChanges()).toMatchObject({ removed: [1], updated: [{ addressId: 2 }] });
  });

  it(`refuses a ${MAX_ADDRESSES + 1}th address`, () => {
    const book = AddressBook.restore(7, 0, []);
    for (let i = 0; i < MAX_ADDRESSES; i++) book.add(home, false);
    expect(() => book.add(home, false)).toThrow(TooManyAddressesError);
  });

  it('answers not found for an id it does not hold (another buyer’s, say)', () => {
    const book = stored(AddressBook.restore(7, 0, []));
    expect(() => book.get(1)).toThrow(AddressNotFoundError);
    expect(() => book.remove(1)).toThrow(AddressNotFoundError);
    expect(() => book.get(0)).toThrow(/address_id/);
  });

  it.each([
    [{ recipient: '' }, /recipient/],
    [{ recipient: 'x'.repeat(33) }, /recipient/],
    [{ mobile: '12800138000' }, /mobile/],
    [{ mobile: '1380013800' }, /mobile/],
    [{ province: '  ' }, /province/],
    [{ city: '' }, /city/],
    [{ district: 'a\nb' }, /district/],
    [{ street: 'x'.repeat(129) }, /street/],
    [{ postalCode: '12345' }, /postal_code/],
  ])('refuses %j naming the field', (change, field) => {
    const book = AddressBook.restore(7, 0, []);
    const attempt = () => book.add({ ...home, ...change }, false);
    expect(attempt).toThrow(InvalidArgumentError);
    expect(attempt).toThrow(field);
  });
});
