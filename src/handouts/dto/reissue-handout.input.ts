import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ProgramItemInput, ProgramItems } from '../../programs/dto/program-item.input.js';
import { HandoutOptions, PatientName } from './handout-options.input.js';

@InputType()
export class ReissueHandoutInput extends HandoutOptions {
  @Field(() => ID, { description: 'The latest version of the handout' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @PatientName(true)
  patientName?: string | null;

  /** The previous version's prescriptions when left out, with the library's current text. */
  @ProgramItems({ required: false })
  items?: ProgramItemInput[] | null;
}
