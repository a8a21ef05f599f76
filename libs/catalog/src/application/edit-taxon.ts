import { Injectable } from '@nestjs/common';
import { NotFoundError, UnitOfWork } from '@nestmall/ports/platform';
import type { TaxonKind } from '../domain/taxon.js';
import { TaxonRepository } from '../domain/taxon.repository.js';
import type { CatalogActor } from './catalog-admin-views.js';
import { checkTaxonAmongOthers } from './taxon-rules.js';
import { fromTaxonInput, toTaxonView, type TaxonInput, type TaxonView } from './taxon-views.js';

/** A brand's or category's new name (and parent); audited; a change of nothing writes nothing. */
@Injectable()
export class EditTaxon {
  constructor(
    private readonly taxa: TaxonRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(actor: CatalogActor, kind: TaxonKind, id: number, input: TaxonInput): Promise<TaxonView> {
    const content = fromTaxonInput(input);
    return this.unitOfWork.run(async () => {
      const taxon = await this.taxa.findById(kind, id);
      if (!taxon) throw new NotFoundError(`${kind} ${id} not found`);
      const before = toTaxonView(taxon);
      if (taxon.edit(content)) {
        await checkTaxonAmongOthers(this.taxa, taxon);
        await this.taxa.save(taxon, { actor, action: `${kind}.edit`, before });
      }
      return toTaxonView(taxon);
    });
  }
}
