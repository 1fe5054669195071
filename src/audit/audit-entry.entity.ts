import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../common/graphql/json.scalar.js';

/** Who did what to which record, when. Never a password, token or patient name. */
@ObjectType()
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field({ description: 'account, apiKey, anonymous or system' })
  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'e.g. LOGIN, EXERCISE_UPDATED, EXERCISE_PUBLISHED, API_KEY_REVOKED' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Field(() => JSONScalar)
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
