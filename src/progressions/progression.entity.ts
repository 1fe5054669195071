import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ProgressionDimension, ProgressionKind } from './vocabulary.js';

/** An edge of the progression graph. `from` and `to` are resolved by the resolver (batched). */
@ObjectType({
  description:
    'A directed link between two exercises of the progression graph: a PROGRESSION (harder) or a VARIATION (sideways)',
})
@Entity('progression')
export class Progression {
  @Field(() => ID, { description: 'The link’s id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_id', type: 'uuid' })
  fromId: string;

  @Column({ name: 'to_id', type: 'uuid' })
  toId: string;

  @Field(() => ProgressionKind, { description: 'PROGRESSION or VARIATION' })
  @Column({ type: 'enum', enum: ProgressionKind, enumName: 'progression_kind' })
  kind: ProgressionKind;

  @Field(() => [ProgressionDimension], { description: 'What changes from `from` to `to`' })
  @Column({
    type: 'enum',
    enum: ProgressionDimension,
    enumName: 'progression_dimension',
    array: true,
  })
  changes: ProgressionDimension[];

  @Field({ description: 'When to move on, e.g. "3 x 12 pain-free with a level pelvis"' })
  @Column({ type: 'text', default: '' })
  criterion: string;

  @Field(() => Int, { description: 'Order among the edges leaving the same exercise' })
  @Column({ name: 'position', type: 'int', default: 0 })
  order: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
