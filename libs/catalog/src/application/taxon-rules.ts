import { AlreadyExistsError, UnprocessableError } from '@nestmall/ports/platform';
import type { Taxon } from '../domain/taxon.js';
import type { TaxonRepository } from '../domain/taxon.repository.js';

/**
 * The rules of a taxon that need the others: a unique name per kind (any case); a category's
 * parent is an existing top-level category, and a category with children stays at the top (one
 * level of parents).
 */
export async function checkTaxonAmongOthers(taxa: TaxonRepository, taxon: Taxon): Promise<void> {
  const s = taxon.snapshot();
  if (await taxa.nameTaken(s.kind, s.name, s.version === 0 ? undefined : s.id))
    throw new AlreadyExistsError(`a ${s.kind} named ${s.name} already exists`);
  if (s.parentId === null) return;
  const parent = await taxa.findById('category', s.parentId);
  if (!parent) throw new UnprocessableError(`parent_id ${s.parentId} is not a category`);
  if (parent.parentId !== null)
    throw new UnprocessableError(
      `parent_id ${s.parentId} is a subcategory: categories have one level of parents`,
    );
  if (s.version !== 0 && (await taxa.hasChildren(s.id)))
    throw new UnprocessableError(
      `parent_id: category ${s.id} has subcategories, so it stays at the top`,
    );
}

/** 422 naming the field when a product's brand_id or category_id is not a brand / category. */
export async function checkProductTaxa(
  taxa: TaxonRepository,
  refs: { brandId: number | null; categoryId: number | null },
): Promise<void> {
  if (refs.brandId !== null && !(await taxa.findById('brand', refs.brandId)))
    throw new UnprocessableError(`brand_id ${refs.brandId} is not a brand`);
  if (refs.categoryId !== null && !(await taxa.findById('category', refs.categoryId)))
    throw new UnprocessableError(`category_id ${refs.categoryId} is not a category`);
}
