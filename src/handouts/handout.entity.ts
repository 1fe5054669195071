import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale } from '../translations/locale.js';
import type { HandoutContent } from './handout-content.js';

/**
 * A program issued to one patient, frozen at issue: `content` is the snapshot the PDF and the
 * web page are rendered from. Reissuing adds a row with the next `version` of the same series.
 * Only the clinic's team can reach this type (every field that returns it needs their roles),
 * because `patientName` is health data.
 */
@ObjectType()
@Entity('handout')
export class Handout {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'Shared by every version of the same handout' })
  @Column({ name: 'series_id', type: 'uuid' })
  seriesId: string;

  @Field(() => Int, { description: '1 when issued, then +1 per reissue' })
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Health data: never logged, never in the audit log or an error' })
  @Column({ name: 'patient_name', type: 'text' })
  patientName: string;

  @Field({ description: 'The date printed on it, YYYY-MM-DD' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @Field({ description: 'As printed, frozen with the content' })
  @Column({ name: 'clinician_name', type: 'text' })
  clinicianName: string;

  @Field(() => Locale)
  @Column({ type: 'text' })
  locale: Locale;

  @Field()
  @Column({ name: 'large_print', type: 'boolean', default: false })
  largePrint: boolean;

  @Column({ type: 'jsonb' })
  content: HandoutContent;

  @Column({ name: 'issued_by', type: 'uuid' })
  issuedById: string;

  @Field()
  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}

/** A link to the online version of a handout: it expires, and it can be revoked. */
@ObjectType()
@Entity('handout_link')
export class HandoutLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'handout_id', type: 'uuid' })
  handoutId: string;

  /** Printed as a QR code, so it is kept (in clear) to re-print; see the migration. */
  @Column({ type: 'text', unique: true })
  token: string;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export enum HandoutFormat {
  PDF = 'PDF',
  HTML = 'HTML',
}

export enum AccessOutcome {
  SERVED = 'SERVED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(HandoutFormat, { name: 'HandoutFormat' });
registerEnumType(AccessOutcome, {
  name: 'AccessOutcome',
  description: 'SERVED, or refused because the link had EXPIRED or was REVOKED',
});

/** One opening of a handout, through a share link or by the clinic's team. */
@ObjectType()
@Entity('handout_access')
export class HandoutAccess {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'handout_id', type: 'uuid' })
  handoutId: string;

  @Field(() => ID, { nullable: true, description: 'The link used; null: opened by the team' })
  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId: string | null;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Field(() => HandoutFormat)
  @Column({ type: 'text' })
  format: HandoutFormat;

  @Field(() => AccessOutcome)
  @Column({ type: 'text' })
  outcome: AccessOutcome;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Field()
  @CreateDateColumn({ name: 'accessed_at', type: 'timestamptz' })
  accessedAt: Date;
}
