import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An app's read-only key to published content. Only its SHA-256 is stored. */
@ObjectType({
  description:
    'An app’s read-only key to published content (send it as X-Api-Key); only its hash is kept',
})
@Entity('api_key')
export class ApiKey {
  @Field(() => ID, { description: 'The key’s id (revokeApiKey)' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Which app holds it, e.g. "patient app"' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart' })
  @Column({ type: 'text' })
  prefix: string;

  @Column({ name: 'key_hash', type: 'text', select: false })
  keyHash: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field({ description: 'When the key was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
