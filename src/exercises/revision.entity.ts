import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../common/graphql/json.scalar.js';

/** The exercise as it was after one change: who, when, why, and the whole content. */
@ObjectType('ExerciseRevision', {
  description: 'The exercise as it was after one change: who, when, why, and the whole content',
})
@Entity('exercise_revision')
export class Revision {
  @Field(() => ID, { description: 'The revision’s id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @Field(() => Int, { description: 'The exercise version this change produced' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => JSONScalar, { description: 'Every field of the exercise at this version' })
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({
    description:
      'Why, as the editor wrote it (or the default: "Created", "Edited", "Now PUBLISHED"...)',
  })
  @Column({ type: 'text', default: '' })
  message: string;

  @Field({ description: 'When the change was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
