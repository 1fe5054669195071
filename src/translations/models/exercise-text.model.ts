import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
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
});

/** An exercise's patient-facing text in one language, as localize() makes it. */
@ObjectType({ isAbstract: true })
export abstract class ExerciseText implements Omit<LocalizedText, 'locale'> {
  @Field()
  name: string;

  @Field()
  summary: string;

  @Field(() => [String])
  steps: string[];

  @Field(() => [String])
  cues: string[];

  @Field(() => [String])
  precautions: string[];

  @Field(() => [TranslatableFieldEnum], {
    description:
      'Fields in English because no translation of them exists (for the team; a patient sees no marker)',
  })
  fallbackFields: TranslatableField[];
}
