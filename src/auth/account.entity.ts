import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '../common/access/viewer.js';

@ObjectType({ description: 'A person’s sign-in at the clinic, with one role' })
@Entity('account')
export class Account {
  @Field(() => ID, { description: 'The account’s id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The sign-in email, stored in lower case; unique' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: 'The name shown to the team and printed on handouts as the clinician' })
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Field(() => Role, { description: 'What the account may do' })
  @Column({ type: 'enum', enum: Role, enumName: 'account_role' })
  role: Role;

  /** argon2id; never leaves the service. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field({ description: 'false: the account can no longer sign in (deactivated by an admin)' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field({ description: 'When the account was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
