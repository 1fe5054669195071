import { Args, type Complexity, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { CURATORS } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { validMovedArgs } from '../common/graphql/moved-args.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { LocalizedArgs } from './dto/localized.args.js';
import { RemoveExerciseTranslationArgs } from './dto/remove-exercise-translation.args.js';
import { RemoveExerciseTranslationInput } from './dto/remove-exercise-translation.input.js';
import { SetExerciseTranslationInput } from './dto/set-exercise-translation.input.js';
import { ExerciseTranslation } from './exercise-translation.entity.js';
import { TRANSLATED_LOCALES } from './locale.js';
import type { LocalizedText } from './localize.js';
import { LocalizedExercise } from './models/localized-exercise.model.js';
import { type ResolvedTranslation, TranslationsService } from './translations.service.js';

/** At most one translation per locale. */
const perLocale: Complexity = ({ childComplexity }) => childComplexity * TRANSLATED_LOCALES.length;

/**
 * Clinicians and admins translate. There is no query by translation: they are reached through an
 * exercise the viewer may see, so reading them follows the exercise's visibility.
 */
@Resolver(() => ExerciseTranslation)
export class TranslationsResolver {
  constructor(private readonly translations: TranslationsService) {}

  @Roles(...CURATORS)
  @Mutation(() => ExerciseTranslation, {
    description:
      'Adds (no expectedVersion) or changes a translation (expectedVersion: the version you read; a stale one is a CONFLICT)',
  })
  setExerciseTranslation(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The exercise, the language, the text and the version you read' })
    input: SetExerciseTranslationInput,
  ): Promise<ResolvedTranslation> {
    return this.translations.set(ctx, input);
  }

  @ResolveField(() => Boolean, {
    description: 'The English text changed after this translation was written: review it',
  })
  outdated(
    @Parent() translation: ResolvedTranslation,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.translations.outdated(ctx, translation);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: 'Deletes one translation; returns its exercise' })
  async removeExerciseTranslation(
    @Ctx() ctx: RequestContext,
    @Args() args: RemoveExerciseTranslationArgs,
  ): Promise<Exercise> {
    const removal = await validMovedArgs(RemoveExerciseTranslationInput, args.input, [
      { field: 'exerciseId', arg: 'exerciseId', value: args.exerciseId },
      { field: 'locale', arg: 'locale', value: args.locale },
      { field: 'expectedVersion', arg: 'expectedVersion', value: args.expectedVersion },
    ]);
    return this.translations.remove(
      ctx,
      removal.exerciseId,
      removal.locale,
      removal.expectedVersion,
    );
  }
}

/**
 * Exercise.translations and Exercise.localized, batched across a whole page. The methods are
 * named apart from their fields so the service keeps its one name, `translations`.
 */
@Resolver(() => Exercise)
export class ExerciseTranslationsResolver {
  constructor(private readonly translations: TranslationsService) {}

  @ResolveField('translations', () => [ExerciseTranslation], {
    description: 'Every stored translation, by locale (each may be partial)',
    complexity: perLocale,
  })
  translationsOf(
    @Parent() exercise: Exercise,
    @Ctx() ctx: RequestContext,
  ): Promise<ResolvedTranslation[]> {
    return this.translations.withEnglish(ctx, exercise);
  }

  @ResolveField(() => LocalizedExercise, {
    description:
      'Name, summary, steps, cues and precautions in `locale`, each falling back to the English on its own',
  })
  localized(
    @Parent() exercise: Exercise,
    @Args() { locale }: LocalizedArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<LocalizedText> {
    return this.translations.localized(ctx, exercise, locale);
  }
}
