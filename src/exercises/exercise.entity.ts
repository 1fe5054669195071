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
@ObjectType()
export class LoadIntensity {
  @Field(() => IntensityScale)
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
@ObjectType()
export class Prescription {
  @Field(() => Int)
  sets: number;

  @Field(() => Int, { nullable: true })
  reps?: number | null;

  @Field(() => Int, { nullable: true })
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

  @Field(() => Int)
  restSeconds: number;

  @Field(() => Int)
  sessionsPerWeek: number;
}

/**
 * One exercise of the library. The same class is the TypeORM entity and the GraphQL type so the
 * two cannot drift apart; `tempo` is resolved from the stored notation by the resolver.
 */
@ObjectType()
@Entity('exercise')
export class Exercise extends VersionedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text', unique: true })
  slug: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Field()
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

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  precautions: string[];

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

  @Field(() => LoadKind)
  @Column({ name: 'load_kind', type: 'enum', enum: LoadKind, enumName: 'load_kind' })
  loadKind: LoadKind;

  @Field(() => [Equipment])
  @Column({ type: 'enum', enum: Equipment, enumName: 'equipment', array: true })
  equipment: Equipment[];

  @Field(() => LoadIntensity, { nullable: true })
  @Column({ name: 'load_intensity', type: 'jsonb', nullable: true })
  intensity: LoadIntensity | null;

  @Field(() => [BodyRegion])
  @Column({ type: 'enum', enum: BodyRegion, enumName: 'body_region', array: true })
  regions: BodyRegion[];

  @Field(() => [Muscle])
  @Column({ name: 'primary_muscles', type: 'enum', enum: Muscle, enumName: 'muscle', array: true })
  primaryMuscles: Muscle[];

  @Field(() => [Muscle])
  @Column({
    name: 'secondary_muscles',
    type: 'enum',
    enum: Muscle,
    enumName: 'muscle',
    array: true,
    default: () => "'{}'",
  })
  secondaryMuscles: Muscle[];

  @Field(() => [RunningFocus])
  @Column({ type: 'enum', enum: RunningFocus, enumName: 'running_focus', array: true })
  focus: RunningFocus[];

  @Field(() => Int, { description: '1 (easiest) to 5' })
  @Column({ type: 'smallint' })
  difficulty: number;

  @Field(() => Prescription)
  @Column({ name: 'default_prescription', type: 'jsonb' })
  prescription: Prescription;

  @Field(() => ExerciseStatus)
  @Column({
    type: 'enum',
    enum: ExerciseStatus,
    enumName: 'exercise_status',
    default: ExerciseStatus.DRAFT,
  })
  status: ExerciseStatus;
}
