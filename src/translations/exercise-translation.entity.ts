import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Locale } from './locale.js';

/**
 * An exercise's patient-facing text in one other language. Every text may be missing (null): a
 * translation can be partial, and each missing field falls back to the exercise's own English
 * (see localize.ts). The same class is the TypeORM entity and the GraphQL type so that the two
 * cannot drift apart.
 */
@ObjectType({
  description: "An exercise's name, summary, steps, cues and precautions in one other language",
})
@Entity('exercise_translation')
export class ExerciseTranslation {
  /** The database gives it (the key is exerciseId and locale): never written from here. */
  @Field(() => ID, {
    description:
      'Stable while the translation exists (removed and added again, it gets a new one); the key for a client cache',
  })
  @Column({ type: 'uuid', insert: false, update: false })
  id: string;

  @Field(() => ID, { description: 'The exercise translated' })
  @PrimaryColumn({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @Field(() => Locale, { description: 'Never EN: English is the exercise itself' })
  @PrimaryColumn({ type: 'text' })
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'Null: the English name shows instead' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The one-line summary; null: the English shows instead',
  })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => [String], { nullable: true, description: 'Instruction steps, in order' })
  @Column({ type: 'text', array: true, nullable: true })
  steps: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Coaching cues' })
  @Column({ type: 'text', array: true, nullable: true })
  cues: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Safety precautions: when to stop or make the exercise easier',
  })
  @Column({ type: 'text', array: true, nullable: true })
  precautions: string[] | null;

  /**
   * sourceHash() of the exercise's English when this text was last written (added, changed, or
   * loaded from a seed with different text): the English differing from it now makes the
   * translation outdated. Null is unknown (a row written before it was kept): not outdated.
   * Internal, never exported to seed files (the seeder computes it).
   */
  @Column({ name: 'source_hash', type: 'text', nullable: true })
  sourceHash: string | null;

  @Field(() => Int, {
    description: 'Increases on every change; send it back as expectedVersion with an update',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** The account that made the last change; null for the seed loader. */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Field({ description: 'When it last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
