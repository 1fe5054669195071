import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns of an entity edited optimistically: a client sends back the version it read and
 * `updateIfVersion()` writes only if the row is still at it, so concurrent edits are detected.
 */
@ObjectType({ isAbstract: true })
export abstract class VersionedEntity {
  @Field(() => Int, { description: 'Increases on every change; send it back with an update' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: 'When it was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
