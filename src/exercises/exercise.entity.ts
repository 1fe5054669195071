import { VersionedEntity } from '../common/database/versioned.entity.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  BandColour,
  BodyPosition,
  BodyRegion,
  Equipment,
  ExerciseStatus,
  IntensityScale,
  LoadKind,
  MassUnit,
  Muscle,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from './vocabulary.js';

/** How hard the load is, on exactly one scale. Stored as jsonb on the exercise. */
@ObjectType({ description: 'How hard the load is, on exactly one scale' })
export class LoadIntensity {
  @Field(() => IntensityScale, { description: 'The scale `value` (or `bandColour`) is on' })
  scale: IntensityScale;

  @Field(() => Float, { nullable: true, description: 'RPE 1-10, RIR 0-10, %1RM 1-100 or a mass' })
  value?: number | null;

  @Field(() => MassUnit, { nullable: true, description: 'Set when the scale is MASS' })
  unit?: MassUnit | null;

  @Field(() => BandColour, { nullable: true, description: 'Set when the scale is BAND' })
  bandColour?: BandColour | null;
}

/**
 * What a handout starts from. Exactly one of reps, holdSeconds, distanceMetres and
 * durationSeconds is set (dose.ts); the last two are stored only when set, so prescriptions
 * written before they existed read the same.
 */
@ObjectType({
  description:
    'What a handout starts from when the exercise is prescribed: exactly one of reps, holdSeconds, distanceMetres and durationSeconds is set',
})
export class Prescription {
  @Field(() => Int, { description: 'Sets per session, 1-10' })
  sets: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Repetitions per set, 1-100; null when the exercise is held (holdSeconds)',
  })
  reps?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds each hold lasts, 1-600; null when it is counted in reps',
  })
  holdSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Metres covered per set (A-skips over 20 m); null when counted otherwise',
  })
  distanceMetres?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Seconds of continuous work per set (30 s of shuffles); null when counted otherwise',
  })
  durationSeconds?: number | null;

  @Field({ description: 'Sets and reps are done on each side' })
  perSide: boolean;

  @Field(() => Int, { description: 'Rest between sets, in seconds' })
  restSeconds: number;

  @Field(() => Int, { description: 'Sessions a week, 1-14' })
  sessionsPerWeek: number;
}

/**
 * One exercise of the library. The same class is the TypeORM entity and the GraphQL type so the
 * two cannot drift apart; `tempo` is resolved from the stored notation by the resolver.
 */
@ObjectType({
  description:
    'One exercise of the library, described by plane, stance, tempo and load; only PUBLISHED ones reach apps, staff and anonymous readers',
})
@Entity('exercise')
export class Exercise extends VersionedEntity {
  @Field(() => ID, { description: 'The exercise’s id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({
    description:
      'Stable, readable key: lower-case words joined by hyphens (`single-leg-glute-bridge`), unique',
  })
  @Column({ type: 'text', unique: true })
  slug: string;

  @Field({ description: 'The name clinicians and patients know it by, in English' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [String], { description: 'Other names it is searched by' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Field({ description: 'One line on what it is and what it is for' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [String], { description: 'Instruction steps, in order' })
  @Column({ type: 'text', array: true })
  steps: string[];

  @Field(() => [String], { description: 'Coaching cues' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cues: string[];

  @Field(() => [String], { description: 'Common mistakes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mistakes: string[];

  @Field(() => [String], { description: 'When to stop or make it easier' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  precautions: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Notes for the clinic’s own reviewers: the study behind a dose or a claim (author, year, short title), clinical reasoning, what to check. Never printed on a handout or shown to patients; null when none',
  })
  @Column({ name: 'clinical_notes', type: 'text', nullable: true })
  clinicalNotes: string | null;

  @Field(() => [Plane], { description: 'Empty only on a draft that still needs tagging' })
  @Column({ type: 'enum', enum: Plane, enumName: 'plane', array: true })
  planes: Plane[];

  @Field(() => Stance, {
    nullable: true,
    description: 'Null only on a draft that still needs tagging',
  })
  @Column({ type: 'enum', enum: Stance, enumName: 'stance', nullable: true })
  stance: Stance | null;

  @Field(() => BodyPosition, {
    nullable: true,
    description: 'Null only on a draft that still needs tagging',
  })
  @Column({ type: 'enum', enum: BodyPosition, enumName: 'body_position', nullable: true })
  position: BodyPosition | null;

  @Column({ name: 'tempo_notation', type: 'text', nullable: true })
  tempoNotation: string | null;

  @Column({
    name: 'tempo_intent',
    type: 'enum',
    enum: TempoIntent,
    enumName: 'tempo_intent',
    nullable: true,
  })
  tempoIntent: TempoIntent | null;

  @Field(() => LoadKind, { description: 'What resists the movement' })
  @Column({ name: 'load_kind', type: 'enum', enum: LoadKind, enumName: 'load_kind' })
  loadKind: LoadKind;

  @Field(() => [Equipment], { description: 'What the patient needs; [NONE] for nothing' })
  @Column({ type: 'enum', enum: Equipment, enumName: 'equipment', array: true })
  equipment: Equipment[];

  @Field(() => LoadIntensity, {
    nullable: true,
    description: 'How hard the load is, on one scale; null when not set',
  })
  @Column({ name: 'load_intensity', type: 'jsonb', nullable: true })
  intensity: LoadIntensity | null;

  @Field(() => [BodyRegion], { description: 'The body regions it targets' })
  @Column({ type: 'enum', enum: BodyRegion, enumName: 'body_region', array: true })
  regions: BodyRegion[];

  @Field(() => [Muscle], { description: 'The muscles it mainly works' })
  @Column({ name: 'primary_muscles', type: 'enum', enum: Muscle, enumName: 'muscle', array: true })
  primaryMuscles: Muscle[];

  @Field(() => [Muscle], { description: 'Muscles it works less' })
  @Column({
    name: 'secondary_muscles',
    type: 'enum',
    enum: Muscle,
    enumName: 'muscle',
    array: true,
    default: () => "'{}'",
  })
  secondaryMuscles: Muscle[];

  @Field(() => [RunningFocus], {
    description: 'The running injuries it serves and the qualities it trains',
  })
  @Column({ type: 'enum', enum: RunningFocus, enumName: 'running_focus', array: true })
  focus: RunningFocus[];

  @Field(() => Int, { description: '1 (easiest) to 5' })
  @Column({ type: 'smallint' })
  difficulty: number;

  @Field(() => Prescription, { description: 'What a handout starts from when it is prescribed' })
  @Column({ name: 'default_prescription', type: 'jsonb' })
  prescription: Prescription;

  @Field(() => ExerciseStatus, {
    description:
      'Where it is in curation; only PUBLISHED ones reach apps, staff and anonymous readers',
  })
  @Column({
    type: 'enum',
    enum: ExerciseStatus,
    enumName: 'exercise_status',
    default: ExerciseStatus.DRAFT,
  })
  status: ExerciseStatus;
}
