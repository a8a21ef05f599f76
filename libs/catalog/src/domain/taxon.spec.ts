import { InvalidArgumentError } from '@nestmall/ports/platform';
import { parseTaxonKind, Taxon } from './taxon.js';

describe('Taxon (a brand or a category)', () => {
  it('trims its name and refuses an empty or too long one, naming the field', () => {
    expect(Taxon.create('brand', 1, { name: '  Acme ' }).snapshot()).toMatchObject({
      name: 'Acme',
      parentId: null,
      version: 0,
    });
    expect(() => Taxon.create('brand', 1, { name: ' ' })).toThrow(/^name must be 1 to 100/);
    expect(() => Taxon.create('brand', 1, { name: 'x'.repeat(101) })).toThrow(InvalidArgumentError);
  });

  it('gives a category a parent, never a brand, and never itself', () => {
    expect(Taxon.create('category', 2, { name: 'Mugs', parentId: 1 }).parentId).toBe(1);
    expect(() => Taxon.create('brand', 1, { name: 'Acme', parentId: 1 })).toThrow(
      /parent_id: a brand has no parent/,
    );
    expect(() => Taxon.create('category', 2, { name: 'Mugs', parentId: 0 })).toThrow(
      /parent_id must be a positive integer/,
    );
    const mugs = Taxon.create('category', 2, { name: 'Mugs' });
    expect(() => mugs.edit({ name: 'Mugs', parentId: 2 })).toThrow(/parent_id cannot be/);
  });

  it('says whether an edit changed anything', () => {
    const acme = Taxon.create('brand', 1, { name: 'Acme' });
    expect(acme.edit({ name: 'Acme ' })).toBe(false);
    expect(acme.edit({ name: 'Acme Ltd' })).toBe(true);
    expect(acme.snapshot().name).toBe('Acme Ltd');
  });

  it('reads a kind from the wire', () => {
    expect(parseTaxonKind('category')).toBe('category');
    expect(() => parseTaxonKind('colour')).toThrow(/kind must be one of brand, category/);
  });
});
