import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Locale } from '../../translations/locale.js';
import { PaperSize } from '../handout.entity.js';
import { ProgramItemInput, ProgramItems } from '../../programs/dto/program-item.input.js';
import { HandoutOptions, PatientName } from './handout-options.input.js';

const KEPT = 'left out: the previous version’s';

/**
 * The options a reissue keeps from the previous version when left out are declared again here,
 * with that said (HandoutOptions describes an issue); their rules are HandoutOptions'. The
 * initializers only satisfy TypeScript: left out, a field is undefined either way.
 */
@InputType({
  description:
    'A new version of a handout, from its latest: the library’s current text, and what is sent here. A field left out keeps the previous version’s value, but for issuedOn and linkExpiresInDays',
})
export class ReissueHandoutInput extends HandoutOptions {
  @Field(() => ID, { description: 'The latest version of the handout' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @PatientName(true, `; ${KEPT}`)
  patientName?: string | null;

  /** The previous version's prescriptions when left out, with the library's current text. */
  @ProgramItems({
    required: false,
    leftOut: `${KEPT} prescriptions, with the library’s current text`,
  })
  items?: ProgramItemInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: `The clinician named on it (an active clinician or admin: the clinicians query lists them); ${KEPT}`,
  })
  override clinicianId?: string | null = undefined;

  @Field(() => Locale, {
    nullable: true,
    description: `The language it is printed in; ${KEPT}`,
  })
  override locale?: Locale | null = undefined;

  @Field(() => Boolean, { nullable: true, description: `Print in large type; ${KEPT}` })
  override largePrint?: boolean | null = undefined;

  @Field(() => PaperSize, { nullable: true, description: `The paper to lay it out for; ${KEPT}` })
  override paperSize?: PaperSize | null = undefined;

  @Field(() => String, {
    nullable: true,
    description: `The heading, 1-120 characters; ${KEPT} (a default title follows a change of language)`,
  })
  override title?: string | null = undefined;
}
