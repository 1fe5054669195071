import { VersionedEntity } from '../common/database/versioned.entity.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { GuidanceTranslations } from './guidance.js';
import { ItemPrescription } from './models/item-prescription.model.js';
import { Side } from './program-item.js';

/**
 * A clinician's reusable program ("runner's knee, phase 1"): an ordered list of prescribed
 * exercises that a handout starts from. `items`, `owner`, `exercise` and `balance` are resolved.
 */
@ObjectType({
  description:
    'A clinician’s reusable program (a protocol, e.g. "runner’s knee, phase 1"): an ordered list of prescribed exercises a handout can start from',
})
@Entity('program_template')
export class ProgramTemplate extends VersionedEntity {
  @Field(() => ID, { description: 'The template’s id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable name in URLs and seed files' })
  @Column({ type: 'text', unique: true })
  slug: string;

  @Field({
    description:
      'Its name, shown when picking a template, and the title of an English handout made from it',
  })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'What it is for, in the clinician’s words (may be empty)' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({
    description:
      'Advice for the patient in plain English, printed on every handout issued from this template under its own heading, before the exercises ("Pain up to 5 out of 10 during the exercises is fine if it has settled by the next morning..."); empty when none',
  })
  @Column({ type: 'text', default: '' })
  guidance: string;

  /** The guidance's translations by locale (guidance.ts); GraphQL lists them as guidanceTranslations. */
  @Column({ name: 'guidance_translations', type: 'jsonb', default: () => "'{}'" })
  guidanceByLocale: GuidanceTranslations;

  /** The clinician who owns it; null for the clinic's own (seeded) templates. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when archived: no longer offered' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}

/** One prescribed exercise of a template, in order. */
@ObjectType({ description: 'One prescribed exercise of a template, in order' })
@Entity('program_template_item')
export class ProgramTemplateItem {
  @PrimaryColumn({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @Field(() => Int, { description: 'Place in the program, 0 first' })
  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @Column({ type: 'smallint' })
  sets: number;

  @Column({ type: 'smallint', nullable: true })
  reps: number | null;

  @Column({ name: 'hold_seconds', type: 'smallint', nullable: true })
  holdSeconds: number | null;

  @Column({ name: 'distance_metres', type: 'smallint', nullable: true })
  distanceMetres: number | null;

  @Column({ name: 'duration_seconds', type: 'smallint', nullable: true })
  durationSeconds: number | null;

  /** Null: as the exercise's default prescription says. */
  @Column({ name: 'per_side', type: 'boolean', nullable: true })
  perSide: boolean | null;

  @Column({ type: 'text', nullable: true })
  tempo: string | null;

  @Column({ type: 'text', nullable: true })
  load: string | null;

  @Column({ name: 'sessions_per_week', type: 'smallint' })
  sessionsPerWeek: number;

  @Column({ type: 'enum', enum: Side, enumName: 'program_side', default: Side.BOTH })
  side: Side;

  @Column({ name: 'rest_seconds', type: 'smallint', nullable: true })
  restSeconds: number | null;

  @Column({ type: 'text', default: '' })
  notes: string;
}

/** The prescription columns of an item as the GraphQL (and snapshot) shape. */
export function prescriptionOf(item: ProgramTemplateItem): ItemPrescription {
  return {
    sets: item.sets,
    reps: item.reps,
    holdSeconds: item.holdSeconds,
    distanceMetres: item.distanceMetres,
    durationSeconds: item.durationSeconds,
    perSide: item.perSide,
    tempo: item.tempo,
    load: item.load,
    sessionsPerWeek: item.sessionsPerWeek,
    side: item.side,
    restSeconds: item.restSeconds,
    notes: item.notes,
  };
}
