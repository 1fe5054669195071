import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { describeValues } from '../common/graphql/enum-values.js';
import { Locale } from '../translations/locale.js';
import type { HandoutContent } from './handout-content.js';

/**
 * A program issued to one patient, frozen at issue: `content` is the snapshot the PDF and the
 * web page are rendered from. Reissuing adds a row with the next `version` of the same series.
 * Only the clinic's team can reach this type (every field that returns it needs their roles),
 * because `patientName` is health data.
 */
@ObjectType({
  description:
    'A patient’s home exercise program, frozen when issued: printed as a PDF or a web page, or opened from a link. Only the clinic’s team reaches it (patientName is health data)',
})
@Entity('handout')
export class Handout {
  @Field(() => ID, { description: 'This version’s id' })
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

  @Field({ description: 'The heading printed on it' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Health data: never logged, never in the audit log or an error' })
  @Column({ name: 'patient_name', type: 'text' })
  patientName: string;

  @Field(() => GraphQLLocalDate, {
    description: 'The date printed on it: a calendar day (YYYY-MM-DD), no time or time zone',
  })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  @Field({ description: 'As printed, frozen with the content' })
  @Column({ name: 'clinician_name', type: 'text' })
  clinicianName: string;

  @Field(() => Locale, { description: 'The language it is printed in' })
  @Column({ type: 'text' })
  locale: Locale;

  @Field({ description: 'Printed in large type' })
  @Column({ name: 'large_print', type: 'boolean', default: false })
  largePrint: boolean;

  @Field(() => PaperSize, {
    nullable: true,
    description:
      'The paper it is laid out for; null on a handout issued before paper was chosen per handout, which prints on the clinic’s HANDOUT_PAPER_SIZE',
  })
  @Column({ name: 'paper_size', type: 'text', nullable: true })
  paperSize: PaperSize | null;

  @Column({ type: 'jsonb' })
  content: HandoutContent;

  @Column({ name: 'issued_by', type: 'uuid' })
  issuedById: string;

  @Field({ description: 'When this version was issued' })
  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}

/** A link to the online version of a handout: it expires, and it can be revoked. */
@ObjectType({
  description:
    'A link to the online version of a handout, for the patient: it expires and can be revoked, and every opening is recorded',
})
@Entity('handout_link')
export class HandoutLink {
  @Field(() => ID, { description: 'The link’s id (revokeHandoutLink)' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'handout_id', type: 'uuid' })
  handoutId: string;

  /** Printed as a QR code, so it is kept (in clear) to re-print; see the migration. */
  @Column({ type: 'text', unique: true })
  token: string;

  @Field({ description: 'When it stops working' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null: not revoked' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @Field({ description: 'When it was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export enum HandoutFormat {
  PDF = 'PDF',
  HTML = 'HTML',
}

/** The paper a handout is laid out for: A4 nearly everywhere, US Letter in North America. */
export enum PaperSize {
  A4 = 'A4',
  LETTER = 'LETTER',
}

export enum AccessOutcome {
  SERVED = 'SERVED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(HandoutFormat, {
  name: 'HandoutFormat',
  description: 'Which rendering of a handout was opened',
  valuesMap: describeValues<typeof HandoutFormat>({
    PDF: 'The PDF, for print',
    HTML: 'The web page: the print page, or the online version a link opens',
  }),
});
registerEnumType(PaperSize, {
  name: 'PaperSize',
  description: 'The paper a handout is laid out for',
  valuesMap: describeValues<typeof PaperSize>({
    A4: 'A4, 210 × 297 mm: most of the world',
    LETTER: 'US Letter, 8.5 × 11 in: North America',
  }),
});
registerEnumType(AccessOutcome, {
  name: 'AccessOutcome',
  description: 'What an opening of a handout came to',
  valuesMap: describeValues<typeof AccessOutcome>({
    SERVED: 'The handout was shown',
    EXPIRED: 'Refused: the link had expired',
    REVOKED: 'Refused: the link had been revoked',
  }),
});

/** One opening of a handout, through a share link or by the clinic's team. */
@ObjectType({ description: 'One opening of a handout, through a link or by the clinic’s team' })
@Entity('handout_access')
export class HandoutAccess {
  @Field(() => ID, { description: 'The opening’s id' })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'handout_id', type: 'uuid' })
  handoutId: string;

  @Field(() => ID, { nullable: true, description: 'The link used; null: opened by the team' })
  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId: string | null;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Field(() => HandoutFormat, { description: 'PDF or web page' })
  @Column({ type: 'text' })
  format: HandoutFormat;

  @Field(() => AccessOutcome, { description: 'Shown, or refused and why' })
  @Column({ type: 'text' })
  outcome: AccessOutcome;

  @Field(() => String, {
    nullable: true,
    description:
      'The address it came from, as the service saw it (see TRUST_PROXY); null when unknown',
  })
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The browser’s User-Agent, cut to 300 characters; null when none was sent',
  })
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Field({ description: 'When' })
  @CreateDateColumn({ name: 'accessed_at', type: 'timestamptz' })
  accessedAt: Date;
}
