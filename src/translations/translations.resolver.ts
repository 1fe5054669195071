import {
  Args,
  type Complexity,
  Context,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { CURATORS, CurrentViewer, type Viewer } from '../common/access/viewer.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExerciseTranslation } from './exercise-translation.entity.js';
import type { LocalizedText } from './localize.js';
import {
  LocalizedArgs,
  RemoveExerciseTranslationArgs,
  SetExerciseTranslationInput,
  TRANSLATED_LOCALES,
} from './translation.inputs.js';
import { LocalizedExercise } from './translation.models.js';
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
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetExerciseTranslationInput,
  ): Promise<ResolvedTranslation> {
    return this.translations.set(viewer, input);
  }

  @ResolveField(() => Boolean, {
    description: 'The English text changed after this translation was written: review it',
  })
  outdated(
    @Parent() translation: ResolvedTranslation,
    @Context() context: object,
  ): Promise<boolean> {
    return this.translations.outdated(context, translation);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: 'Deletes one translation; returns its exercise' })
  removeExerciseTranslation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RemoveExerciseTranslationArgs,
  ): Promise<Exercise> {
    return this.translations.remove(viewer, args.exerciseId, args.locale, args.expectedVersion);
  }
}

/** Exercise.translations and Exercise.localized, batched across a whole page. */
@Resolver(() => Exercise)
export class ExerciseTranslationsResolver {
  constructor(private readonly library: TranslationsService) {}

  @ResolveField(() => [ExerciseTranslation], {
    description: 'Every stored translation, by locale (each may be partial)',
    complexity: perLocale,
  })
  translations(
    @Parent() exercise: Exercise,
    @Context() context: object,
  ): Promise<ResolvedTranslation[]> {
    return this.library.withEnglish(context, exercise);
  }

  @ResolveField(() => LocalizedExercise, {
    description:
      'Name, summary, steps, cues and precautions in `locale`, each falling back to the English on its own',
  })
  localized(
    @Parent() exercise: Exercise,
    @Args() { locale }: LocalizedArgs,
    @Context() context: object,
  ): Promise<LocalizedText> {
    return this.library.localized(context, exercise, locale);
  }
}
