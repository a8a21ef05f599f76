import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Outbox } from '@nestmall/messaging';
import {
  AlreadyExistsError,
  ambientManager,
  ConflictError,
  isUniqueViolation,
} from '@nestmall/platform';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { toTaxonView } from '../application/taxon-views.js';
import type { CatalogChange } from '../domain/catalog-product.repository.js';
import { Taxon, type TaxonKind } from '../domain/taxon.js';
import { TaxonRepository, type TaxonFilter } from '../domain/taxon.repository.js';
import { catalogChanged } from './catalog-audit.js';
import { escapeLike } from './escape-like.js';
import { BrandEntity, CategoryEntity } from './taxon.entities.js';

const ENTITY = { brand: BrandEntity, category: CategoryEntity } as const;
type Row = BrandEntity & { parentId?: number | null };

/** catalog_brand and catalog_category in the caller's unit of work, audited through the outbox. */
@Injectable()
export class TypeOrmTaxonRepository extends TaxonRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async nextId(kind: TaxonKind): Promise<number> {
    const row = await this.manager
      .createQueryBuilder(ENTITY[kind], 't')
      .select('MAX(t.id)', 'max')
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  async findById(kind: TaxonKind, id: number): Promise<Taxon | null> {
    if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
    const row = await this.manager.findOneBy<Row>(ENTITY[kind], { id });
    return row ? toTaxon(kind, row) : null;
  }

  async nameTaken(kind: TaxonKind, name: string, exceptId?: number): Promise<boolean> {
    return this.manager.existsBy<Row>(ENTITY[kind], {
      nameKey: name.toLowerCase(),
      ...(exceptId === undefined ? {} : { id: Not(exceptId) }),
    });
  }

  hasChildren(categoryId: number): Promise<boolean> {
    return this.manager.existsBy(CategoryEntity, { parentId: categoryId });
  }

  async add(taxon: Taxon, change: CatalogChange): Promise<void> {
    try {
      await this.manager.insert(ENTITY[taxon.kind], { ...toRow(taxon), version: 1 });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AlreadyExistsError(`a ${taxon.kind} with this name or id was just created`);
      throw error;
    }
    taxon.saved(1);
    await this.publish(taxon, change);
  }

  async save(taxon: Taxon, change: CatalogChange): Promise<void> {
    const s = taxon.snapshot();
    let affected: number | undefined;
    try {
      ({ affected } = await this.manager.update(
        ENTITY[s.kind],
        { id: s.id, version: s.version },
        { ...toRow(taxon), version: s.version + 1 },
      ));
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AlreadyExistsError(`a ${s.kind} named ${s.name} already exists`);
      throw error;
    }
    if (!affected)
      throw new ConflictError(`${s.kind} ${s.id} changed meanwhile: read it again and retry`);
    taxon.saved(s.version + 1);
    await this.publish(taxon, change);
  }

  async list(kind: TaxonKind, filter: TaxonFilter): Promise<{ taxa: Taxon[]; total: number }> {
    const query = this.manager.createQueryBuilder<Row>(ENTITY[kind], 't');
    if (filter.name)
      query.andWhere(`t.name_key LIKE :name ESCAPE '!'`, {
        name: `%${escapeLike(filter.name.toLowerCase())}%`,
      });
    if (kind === 'category' && filter.parentId)
      query.andWhere('t.parent_id = :parentId', { parentId: filter.parentId });
    const [rows, total] = await query
      .orderBy('t.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { taxa: rows.map((row) => toTaxon(kind, row)), total };
  }

  private async publish(taxon: Taxon, change: CatalogChange): Promise<void> {
    await this.outbox.append([catalogChanged(change, taxon.kind, taxon.id, toTaxonView(taxon))]);
  }
}

function toRow(taxon: Taxon): Omit<Row, 'version'> {
  const s = taxon.snapshot();
  return {
    id: s.id,
    name: s.name,
    nameKey: s.name.toLowerCase(),
    ...(s.kind === 'category' ? { parentId: s.parentId } : {}),
  };
}

function toTaxon(kind: TaxonKind, row: Row): Taxon {
  return Taxon.restore({
    kind,
    id: Number(row.id),
    name: row.name,
    parentId: row.parentId === null || row.parentId === undefined ? null : Number(row.parentId),
    version: Number(row.version),
  });
}
