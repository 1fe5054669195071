import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { describeValues } from '../../common/graphql/enum-values.js';
import type { LocalizedText, TranslatableField } from '../localize.js';

/** GraphQL names (NAME, …) for the field names localize() reports ('name', …). */
export const TranslatableFieldEnum = {
  NAME: 'name',
  SUMMARY: 'summary',
  STEPS: 'steps',
  CUES: 'cues',
  PRECAUTIONS: 'precautions',
} as const;

registerEnumType(TranslatableFieldEnum, {
  name: 'TranslatableField',
  description:
    'The text of an exercise a translation carries: name, summary, steps, cues and precautions',
  valuesMap: describeValues<typeof TranslatableFieldEnum>({
    NAME: 'The exercise’s name',
    SUMMARY: 'The one-line summary',
    STEPS: 'The instruction steps',
    CUES: 'The coaching cues',
    PRECAUTIONS: 'The precautions',
  }),
});

/** An exercise's patient-facing text in one language, as localize() makes it. */
@ObjectType({ isAbstract: true })
export abstract class ExerciseText implements Omit<LocalizedText, 'locale'> {
  @Field({ description: 'The name: translated when a translation has it, else the English' })
  name: string;

  @Field({
    description: 'The one-line summary: translated when a translation has it, else the English',
  })
  summary: string;

  @Field(() => [String], {
    description:
      'The instruction steps, in order: translated when a translation has them, else the English',
  })
  steps: string[];

  @Field(() => [String], {
    description: 'The coaching cues: translated when a translation has them, else the English',
  })
  cues: string[];

  @Field(() => [String], {
    description: 'The precautions: translated when a translation has them, else the English',
  })
  precautions: string[];

  @Field(() => [TranslatableFieldEnum], {
    description:
      'Fields in English because no translation of them exists (for the team; a patient sees no marker)',
  })
  fallbackFields: TranslatableField[];
}
