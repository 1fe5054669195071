import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { EXPECTED_VERSION } from '../../common/graphql/dto/version-ref.input.js';
import { BodyPosition, Equipment, Muscle, Plane, Stance, TempoIntent } from '../vocabulary.js';
import { ExerciseFields, NOTES } from './create-exercise.input.js';
import { LoadIntensityInput } from './load-intensity.input.js';
import { PrescriptionInput } from './prescription.input.js';

const KEPT = 'Left out: unchanged';

/**
 * Only the fields sent change; the rest keep their current value. The fields are the create
 * input's, validated the same way; those whose description speaks of a default on create are
 * declared again here with what leaving them out or sending null means in an update.
 */
@InputType({
  description:
    'Changes to an exercise: only the fields sent change, a field left out keeps its value. null clears a field that may be empty and is refused for the others (name, summary, slug, loadKind, regions, primaryMuscles, focus, difficulty, prescription); an exercise IN_REVIEW or PUBLISHED keeps its tags',
})
export class UpdateExerciseInput extends PartialType(ExerciseFields, {
  decorator: InputType,
  skipNullProperties: false,
}) {
  @Field(() => ID, {
    nullable: true,
    description:
      'The exercise to change. Required (nullable only while the deprecated id argument is accepted)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `${EXPECTED_VERSION}. Required (nullable only while the deprecated version argument is accepted)`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, for the history' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Lower-case words joined by hyphens, unique: single-leg-glute-bridge. ${KEPT}; cannot be null`,
  })
  override slug?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Other names it is searched by, each unique, at most 30. ${KEPT}; null: none`,
  })
  override aliases?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Instruction steps, in order, at most 30. ${KEPT}; null: none (refused while IN_REVIEW or PUBLISHED)`,
  })
  override steps?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Coaching cues, at most 30. ${KEPT}; null: none`,
  })
  override cues?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Common mistakes to watch for, at most 30. ${KEPT}; null: none`,
  })
  override mistakes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `When to stop or make it easier, at most 30. ${KEPT}; null: none`,
  })
  override precautions?: string[];

  @Field(() => String, {
    nullable: true,
    description: `Notes for the clinic’s own reviewers, at most ${NOTES} characters; never printed on a handout. ${KEPT}; null: none`,
  })
  override clinicalNotes?: string | null;

  @Field(() => [Plane], {
    nullable: true,
    description: `The planes it moves in or resists, each once. ${KEPT}; null: none (refused while IN_REVIEW or PUBLISHED)`,
  })
  override planes?: Plane[] | null;

  @Field(() => Stance, {
    nullable: true,
    description: `Its base of support. ${KEPT}; null: none (refused while IN_REVIEW or PUBLISHED)`,
  })
  override stance?: Stance | null;

  @Field(() => BodyPosition, {
    nullable: true,
    description: `The position it is done in. ${KEPT}; null: none (refused while IN_REVIEW or PUBLISHED)`,
  })
  override position?: BodyPosition | null;

  @Field(() => String, {
    nullable: true,
    description: `E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0). ${KEPT}; null: none, which only an ISOMETRIC or STRETCH (or not yet tagged) tempo intent allows`,
  })
  override tempo?: string | null;

  @Field(() => TempoIntent, {
    nullable: true,
    description: `The speed it trains. ${KEPT}; null: none (refused while IN_REVIEW or PUBLISHED)`,
  })
  override tempoIntent?: TempoIntent | null;

  @Field(() => [Equipment], {
    nullable: true,
    description: `What the patient needs, each once; NONE stands alone. ${KEPT}; null: [NONE]`,
  })
  override equipment?: Equipment[];

  @Field(() => LoadIntensityInput, {
    nullable: true,
    description: `How hard the load is, on one scale. ${KEPT}; null: none`,
  })
  override intensity?: LoadIntensityInput | null;

  @Field(() => [Muscle], {
    nullable: true,
    description: `Muscles it works less, each once. ${KEPT}; null: none`,
  })
  override secondaryMuscles?: Muscle[];

  @Field(() => PrescriptionInput, {
    nullable: true,
    description: `Replaces the whole default prescription: its fields left out take their defaults (perSide false, restSeconds 60, sessionsPerWeek 3). ${KEPT}; cannot be null`,
  })
  override prescription?: PrescriptionInput;
}
