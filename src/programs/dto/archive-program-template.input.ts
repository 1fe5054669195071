import { InputType } from '@nestjs/graphql';
import { ExpectedVersionRef } from '../../common/graphql/dto/version-ref.input.js';

@InputType({ description: 'Stops offering a template, from the version you read' })
export class ArchiveProgramTemplateInput extends ExpectedVersionRef {}

@InputType({ description: 'Offers an archived template again, from the version you read' })
export class RestoreProgramTemplateInput extends ExpectedVersionRef {}
