import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ProgramItemInput, ProgramItems } from '../../programs/dto/program-item.input.js';
import { HandoutOptions, PatientName } from './handout-options.input.js';

@InputType({
  description: 'A new handout for one patient: from a template, from items, or both (items win)',
})
export class IssueHandoutInput extends HandoutOptions {
  @PatientName(false)
  patientName: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Start from this template (not an archived one): its items, and its name as the title',
  })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be a UUID' })
  templateId?: string | null;

  /** From scratch, or instead of the template's items. */
  @ProgramItems({
    required: false,
    leftOut: 'sent with templateId, they replace the template’s. Send templateId, items or both',
  })
  items?: ProgramItemInput[] | null;
}
