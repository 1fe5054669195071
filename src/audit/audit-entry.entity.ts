import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../common/graphql/json.scalar.js';

/** Who did what to which record, when. Never a password, token or patient name. */
@ObjectType({
  description:
    'Who did what to which record, when; appended in the same transaction as the change. Never a password, token or patient name',
})
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID, { description: 'The entry’s id: larger is newer (auditLog’s `before`)' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Field({ description: 'When' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field({ description: 'account, apiKey, anonymous or system' })
  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The account or API key that acted; null for anonymous and system',
  })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'e.g. LOGIN, EXERCISE_UPDATED, EXERCISE_PUBLISHED, API_KEY_REVOKED' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, {
    nullable: true,
    description: 'What kind of record it is about (exercise, handout, account...); null when none',
  })
  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The id of the record it is about; null when none',
  })
  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Field(() => JSONScalar, {
    description: 'What changed, as JSON; secrets and patient names are never kept',
  })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
