import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Casus } from '../casus/casus.types.js';
import { DocumentService } from './document.service.js';
import { Document, TrekDocumentInInput } from './document.types.js';

@Resolver(() => Casus)
export class CasusDocumentenFields {
  constructor(private readonly service: DocumentService) {}

  @ResolveField('documenten', () => [Document], {
    description: 'Documents of this casus, newest first (withdrawn ones included, without download).',
  })
  @Allow('read', 'Document')
  documentenVan(@Parent() casus: Casus): Promise<Document[]> {
    return this.service.lijst(casus.id);
  }
}

@Resolver(() => Document)
export class DocumentResolver {
  constructor(private readonly documenten: DocumentService) {}

  @Mutation(() => Document, { description: 'Withdraws a document: kept for the record, no longer downloadable.' })
  @Allow('update', 'Document')
  trekDocumentIn(@Args('input', { description: 'Which document and why.' }) input: TrekDocumentInInput): Promise<Document> {
    return this.documenten.trekIn(input);
  }
}
