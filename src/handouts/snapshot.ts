import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { MediaKind } from '../media/media.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { MediaService } from '../media/media.service.js';
import { type ProgramItemInput } from '../programs/dto/program-item.input.js';
import { prescriptionFromInput } from '../programs/program-item.js';
import { type Locale } from '../translations/locale.js';
import { localize } from '../translations/localize.js';
import { TranslationsService } from '../translations/translations.service.js';
import type { HandoutContent, HandoutItemSnapshot, PictureSnapshot } from './handout-content.js';

/**
 * Freezes a program into what a patient is given: each exercise's text, precautions included, in
 * the handout's locale (falling back field by field), its first picture with a confirmed licence
 * and the prescription, its tempo and perSide resolved against the exercise when the item left
 * them out.
 * Three statements whatever the length: exercises, translations, media. Runs in the issuing
 * transaction.
 */
@Injectable()
export class HandoutSnapshotter {
  constructor(
    private readonly exercises: ExercisesService,
    private readonly translations: TranslationsService,
    private readonly media: MediaService,
  ) {}

  async freeze(
    ctx: RequestContext,
    items: ProgramItemInput[],
    locale: Locale,
    field: string,
  ): Promise<HandoutContent> {
    const ids = items.map((i) => i.exerciseId);
    const exercises = await this.exercises.requirePublished(ctx, ids, field);
    const unique = [...exercises.keys()];
    const [translations, media] = await Promise.all([
      this.translations.forExercises(ctx, unique, locale),
      this.media.findByExercises(ctx, unique),
    ]);
    const pictures = new Map<string, PictureSnapshot>();
    for (const m of media) {
      // Only a picture whose licence a clinician confirmed goes on paper (imported ones wait).
      if (m.kind !== MediaKind.IMAGE || !m.licenceVerified || pictures.has(m.exerciseId)) continue;
      pictures.set(m.exerciseId, {
        storageKey: m.storageKey as string,
        mime: m.mime as string,
        width: m.width,
        height: m.height,
        altText: m.altText,
        credit: m.credit,
        licence: m.licence,
      });
    }
    return {
      schema: 1,
      items: items.map((item): HandoutItemSnapshot => {
        const exercise = exercises.get(item.exerciseId)!;
        const text = localize(exercise, translations.get(exercise.id) ?? null, locale);
        const prescription = prescriptionFromInput(item);
        // Frozen as printed: the item's own choice, else what the exercise says today.
        const perSide = prescription.perSide ?? exercise.prescription.perSide ?? false;
        return {
          exerciseId: exercise.id,
          exerciseSlug: exercise.slug,
          exerciseVersion: exercise.version,
          name: text.name,
          summary: text.summary,
          steps: text.steps,
          cues: text.cues,
          precautions: text.precautions,
          fallbackFields: text.fallbackFields,
          exerciseLoad: {
            kind: exercise.loadKind,
            equipment: exercise.equipment,
            intensity: exercise.intensity,
          },
          perSide,
          movement: {
            tempoIntent: exercise.tempoIntent,
            planes: exercise.planes,
            position: exercise.position,
            stance: exercise.stance,
            loadKind: exercise.loadKind,
            equipment: exercise.equipment,
          },
          picture: pictures.get(exercise.id) ?? null,
          prescription: {
            ...prescription,
            perSide,
            tempo: prescription.tempo ?? exercise.tempoNotation,
          },
        };
      }),
    };
  }
}
