import {
  AlreadyExistsError,
  InvalidArgumentError,
  NotFoundError,
  UnprocessableError,
} from '@nestmall/ports/platform';
import { FakeUnitOfWork, InMemoryTaxa } from '@nestmall/testing';
import { CreateTaxon } from './create-taxon.js';
import { EditTaxon } from './edit-taxon.js';
import { ListTaxa } from './list-taxa.js';
import { checkProductTaxa } from './taxon-rules.js';

const merch = { staffId: 2, email: 'merch@nestmall.example' };

describe('brands and categories (use cases)', () => {
  let taxa: InMemoryTaxa;
  let create: CreateTaxon;
  let edit: EditTaxon;
  let list: ListTaxa;

  beforeEach(() => {
    taxa = new InMemoryTaxa();
    create = new CreateTaxon(taxa, new FakeUnitOfWork());
    edit = new EditTaxon(taxa, new FakeUnitOfWork());
    list = new ListTaxa(taxa);
  });

  it('creates a brand, audited with its actor, and refuses its name again in any case', async () => {
    expect(await create.execute(merch, 'brand', { name: 'Acme' })).toEqual({
      id: 1,
      name: 'Acme',
      parent_id: null,
      version: 1,
    });
    expect(taxa.changes[0]).toMatchObject({ actor: merch, action: 'brand.create', before: null });
    await expect(create.execute(merch, 'brand', { name: 'ACME' })).rejects.toThrow(
      AlreadyExistsError,
    );
    // The same name is free among categories.
    await expect(create.execute(merch, 'category', { name: 'Acme' })).resolves.toMatchObject({
      id: 1,
    });
  });

  it('keeps categories one level deep: 422 naming parent_id otherwise', async () => {
    const kitchen = await create.execute(merch, 'category', { name: 'Kitchen' });
    const mugs = await create.execute(merch, 'category', { name: 'Mugs', parent_id: kitchen.id });
    expect(mugs.parent_id).toBe(kitchen.id);
    await expect(
      create.execute(merch, 'category', { name: 'Espresso cups', parent_id: mugs.id }),
    ).rejects.toThrow(/^parent_id 2 is a subcategory/);
    await expect(create.execute(merch, 'category', { name: 'X', parent_id: 99 })).rejects.toThrow(
      UnprocessableError,
    );
    const garden = await create.execute(merch, 'category', { name: 'Garden' });
    await expect(
      edit.execute(merch, 'category', kitchen.id, { name: 'Kitchen', parent_id: garden.id }),
    ).rejects.toThrow(/^parent_id: category 1 has subcategories/);
  });

  it('edits (audited with before), writes nothing for no change, 404 for an unknown one', async () => {
    await create.execute(merch, 'brand', { name: 'Acme' });
    expect(await edit.execute(merch, 'brand', 1, { name: 'Acme Ltd' })).toMatchObject({
      name: 'Acme Ltd',
      version: 2,
    });
    expect(taxa.changes[1]).toMatchObject({
      action: 'brand.edit',
      before: { name: 'Acme', version: 1 },
    });
    await edit.execute(merch, 'brand', 1, { name: 'Acme Ltd' });
    expect(taxa.changes).toHaveLength(2);
    await expect(edit.execute(merch, 'brand', 7, { name: 'Z' })).rejects.toThrow(NotFoundError);
  });

  it('lists with a name filter, a parent filter and paging', async () => {
    for (const name of ['Kitchen', 'Garden', 'Kitchenware'])
      await create.execute(merch, 'category', { name });
    await create.execute(merch, 'category', { name: 'Pans', parent_id: 1 });
    expect(await list.execute('category', { name: 'KITCHEN', pageNum: 1, pageSize: 1 })).toEqual({
      items: [{ id: 1, name: 'Kitchen', parent_id: null, version: 1 }],
      total: 2,
      page_num: 1,
      page_size: 1,
    });
    const children = await list.execute('category', { parentId: 1, pageNum: 1, pageSize: 20 });
    expect(children.items.map((c) => c.name)).toEqual(['Pans']);
    await expect(list.execute('brand', { pageNum: 1, pageSize: 101 })).rejects.toThrow(
      InvalidArgumentError,
    );
  });

  it("answers 422 naming the field for a product's unknown brand or category", async () => {
    await create.execute(merch, 'brand', { name: 'Acme' });
    await create.execute(merch, 'category', { name: 'Kitchen' });
    await expect(checkProductTaxa(taxa, { brandId: 1, categoryId: 1 })).resolves.toBeUndefined();
    await expect(checkProductTaxa(taxa, { brandId: 9, categoryId: 1 })).rejects.toThrow(
      /^brand_id 9 is not a brand$/,
    );
    await expect(checkProductTaxa(taxa, { brandId: null, categoryId: 9 })).rejects.toThrow(
      /^category_id 9 is not a category$/,
    );
  });
});
