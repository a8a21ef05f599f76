import { FakeUnitOfWork, InMemoryAddressBooks } from '@nestmall/testing';
import { AddressBookChangedConcurrentlyError } from '../domain/address-book.js';
import { AddAddress } from './add-address.js';
import { ChangeAddressBook } from './change-address-book.js';
import { GetAddress } from './get-address.js';
import { ListAddresses } from './list-addresses.js';
import { RemoveAddress } from './remove-address.js';

const input = {
  recipient: '张三',
  mobile: '13800138000',
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  street: '科技园',
};

function setUp() {
  const books = new InMemoryAddressBooks();
  const change = new ChangeAddressBook(books, new FakeUnitOfWork());
  return {
    books,
    add: new AddAddress(change),
    remove: new RemoveAddress(change),
    get: new GetAddress(books),
    list: new ListAddresses(books),
  };
}

describe('address use cases', () => {
  it('gives ids, keeps one default, and answers 404 for another buyer’s address', async () => {
    const { add, get, list } = setUp();
    const first = await add.execute(7, input);
    const second = await add.execute(7, { ...input, street: 'B', postal_code: '518057' }, true);
    expect(first).toMatchObject({ address_id: 1, is_default: true, postal_code: null });
    expect(second).toMatchObject({ address_id: 2, is_default: true, postal_code: '518057' });
    expect((await list.execute(7)).map((a) => [a.address_id, a.is_default])).toEqual([
      [2, true],
      [1, false],
    ]);
    await expect(get.execute(8, 1)).rejects.toThrow('address_id 1 not found');
  });

  it('tries again when another request saved the book in between', async () => {
    const { books, add, list } = setUp();
    books.raceNextSave = 4;
    await add.execute(7, input);
    expect(await list.execute(7)).toHaveLength(1);
    books.raceNextSave = 5;
    await expect(add.execute(7, input)).rejects.toThrow(AddressBookChangedConcurrentlyError);
  });

  it('removing the default promotes the other address', async () => {
    const { add, remove, list } = setUp();
    await add.execute(7, input);
    await add.execute(7, { ...input, street: 'B' });
    await remove.execute(7, 1);
    expect(await list.execute(7)).toMatchObject([{ address_id: 2, is_default: true }]);
  });
});
