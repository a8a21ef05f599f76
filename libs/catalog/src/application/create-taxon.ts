import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { Taxon, type TaxonKind } from '../domain/taxon.js';
import { TaxonRepository } from '../domain/taxon.repository.js';
import type { CatalogActor } from './catalog-admin-views.js';
import { checkTaxonAmongOthers } from './taxon-rules.js';
import { fromTaxonInput, toTaxonView, type TaxonInput, type TaxonView } from './taxon-views.js';

/** A new brand or category; audited (CatalogChanged brand.create / category.create). */
@Injectable()
export class CreateTaxon {
  constructor(
    private readonly taxa: TaxonRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(actor: CatalogActor, kind: TaxonKind, input: TaxonInput): Promise<TaxonView> {
    const content = fromTaxonInput(input);
    return this.unitOfWork.run(async () => {
      const taxon = Taxon.create(kind, await this.taxa.nextId(kind), content);
      await checkTaxonAmongOthers(this.taxa, taxon);
      await this.taxa.add(taxon, { actor, action: `${kind}.create`, before: null });
      return toTaxonView(taxon);
    });
  }
}
