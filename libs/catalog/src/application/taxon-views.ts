import type { Taxon, TaxonKind } from '../domain/taxon.js';

/** A brand or a category as the routes show it (parent_id: categories only; null at the top). */
export interface TaxonView {
  id: number;
  name: string;
  parent_id: number | null;
  version: number;
}

export interface TaxonPageView {
  items: TaxonView[];
  total: number;
  page_num: number;
  page_size: number;
}

/** A taxon's content as the HTTP and gRPC bodies carry it (snake_case). */
export interface TaxonInput {
  name?: unknown;
  parent_id?: unknown;
}

export interface TaxonQuery {
  name?: string;
  parentId?: number;
  pageNum: number;
  pageSize: number;
}

export type { TaxonKind };

export function toTaxonView(taxon: Taxon): TaxonView {
  const s = taxon.snapshot();
  return { id: s.id, name: s.name, parent_id: s.parentId, version: s.version };
}

export function fromTaxonInput(input: TaxonInput): unknown {
  return { name: input.name, parentId: input.parent_id };
}
