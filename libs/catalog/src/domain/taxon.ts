import { InvalidArgumentError } from '@nestmall/ports/platform';

/**
 * The catalog's taxonomy: brands, and categories. A category may sit under a top-level category
 * (one level: a parent has no parent itself); a brand has no parent. Names are unique per kind.
 */
export const TAXON_KINDS = ['brand', 'category'] as const;
export type TaxonKind = (typeof TAXON_KINDS)[number];

export const MAX_TAXON_NAME = 100;

export interface TaxonContent {
  name: string;
  parentId: number | null;
}

export interface TaxonState extends TaxonContent {
  kind: TaxonKind;
  id: number;
  /** Optimistic guard: the version this copy was loaded at (0: never saved). */
  version: number;
}

/** A brand or a category: its name and (a category's) parent, checked on every change. */
export class Taxon {
  private constructor(private state: TaxonState) {}

  static restore(state: TaxonState): Taxon {
    return new Taxon({ ...state });
  }

  static create(kind: TaxonKind, id: number, input: unknown): Taxon {
    return new Taxon({ kind, id, version: 0, ...checkContent(kind, input) });
  }

  get id(): number {
    return this.state.id;
  }

  get kind(): TaxonKind {
    return this.state.kind;
  }

  get parentId(): number | null {
    return this.state.parentId;
  }

  snapshot(): Readonly<TaxonState> {
    return { ...this.state };
  }

  /** New content; false when it changes nothing. A category cannot become its own parent. */
  edit(input: unknown): boolean {
    const content = checkContent(this.state.kind, input);
    if (content.parentId === this.state.id)
      throw new InvalidArgumentError('parent_id cannot be the category itself');
    if (content.name === this.state.name && content.parentId === this.state.parentId) return false;
    this.state = { ...this.state, ...content };
    return true;
  }

  saved(version: number): void {
    this.state.version = version;
  }
}

function checkContent(kind: TaxonKind, input: unknown): TaxonContent {
  const { name, parentId } = (input ?? {}) as { name?: unknown; parentId?: unknown };
  if (typeof name !== 'string' || name.trim() === '' || name.trim().length > MAX_TAXON_NAME)
    throw new InvalidArgumentError(`name must be 1 to ${MAX_TAXON_NAME} characters`);
  if (parentId !== undefined && parentId !== null) {
    if (kind === 'brand') throw new InvalidArgumentError('parent_id: a brand has no parent');
    if (!Number.isSafeInteger(parentId) || (parentId as number) < 1)
      throw new InvalidArgumentError('parent_id must be a positive integer');
  }
  return { name: name.trim(), parentId: (parentId as number | null | undefined) ?? null };
}

/** A kind named on the wire (gRPC): 400 unless brand or category. */
export function parseTaxonKind(kind: string): TaxonKind {
  if (!TAXON_KINDS.includes(kind as TaxonKind))
    throw new InvalidArgumentError(`kind must be one of ${TAXON_KINDS.join(', ')}`);
  return kind as TaxonKind;
}
