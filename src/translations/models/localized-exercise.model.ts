import { Field, ObjectType } from '@nestjs/graphql';
import { Locale } from '../locale.js';
import type { LocalizedText } from '../localize.js';
import { ExerciseText } from './exercise-text.model.js';

@ObjectType({
  description:
    "An exercise's text in one locale: each field translated when it can be, else the English",
})
export class LocalizedExercise extends ExerciseText implements LocalizedText {
  @Field(() => Locale, { description: 'The language asked for' })
  locale: Locale;
}
