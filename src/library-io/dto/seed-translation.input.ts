import { Matches } from 'class-validator';
import { TranslationTextInput } from '../../translations/dto/translation-text.input.js';

/**
 * A record of seeds/translations/<locale>.json: a seed exercise's slug and its text in that
 * locale, validated like setExerciseTranslation's input. A field left out or null is untranslated.
 */
export class SeedTranslation extends TranslationTextInput {
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be the slug of an exercise' })
  slug: string;
}
