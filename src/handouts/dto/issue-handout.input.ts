import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ProgramItemInput, ProgramItems } from '../../programs/dto/program-item.input.js';
import { HandoutOptions, PatientName } from './handout-options.input.js';

@InputType()
export class IssueHandoutInput extends HandoutOptions {
  @PatientName(false)
  patientName: string;

  @Field(() => ID, { nullable: true, description: 'Start from this template' })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be a UUID' })
  templateId?: string | null;

  /** From scratch, or instead of the template's items. */
  @ProgramItems({ required: false })
  items?: ProgramItemInput[] | null;
}
