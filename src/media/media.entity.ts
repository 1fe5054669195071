import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { describeValues } from '../common/graphql/enum-values.js';

export enum MediaKind {
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
}

registerEnumType(MediaKind, {
  name: 'MediaKind',
  description: 'A picture or a video of an exercise',
  valuesMap: describeValues<typeof MediaKind>({
    IMAGE:
      'A picture uploaded to and served by this service; a handout prints an exercise’s first picture with a verified licence',
    VIDEO: 'A link to a video on an https:// page elsewhere, with an optional poster image',
  }),
});

/** Longest alt text, credit and licence: the GraphQL inputs and the upload form alike. */
export const TEXT_LIMITS = {
  altText: 1000,
  credit: 300,
  licence: 300,
  source: 2000,
  licenceUrl: 2000,
} as const;

/** What a licence URL may be (class-validator's IsUrl options). */
export const LICENCE_URL = {
  protocols: ['http', 'https'],
  require_protocol: true,
  require_valid_protocol: true,
};

/**
 * A picture or video of an exercise. Images are stored by content hash (identical bytes once);
 * `url` and `poster` are resolved by the resolver. Alt text, credit and licence may be empty
 * while drafting; an exercise is not published until they are filled in (publishProblems).
 */
@ObjectType({
  description:
    'A picture or video of an exercise, with its provenance (TASL: title, author, source, licence). Every item must be described and credited before its exercise is published',
})
@Entity('media')
export class Media {
  @Field(() => ID, { description: 'The item’s id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @Field(() => Int, { description: "Place among the exercise's media, 0 first" })
  @Column({ type: 'int' })
  position: number;

  @Field(() => MediaKind, { description: 'A picture served here, or a video linked elsewhere' })
  @Column({ type: 'enum', enum: MediaKind, enumName: 'media_kind' })
  kind: MediaKind;

  /**
   * Hex SHA-256 of an image's stored (cleaned) bytes: its identity. An exercise holds the same
   * bytes once (media_exercise_content_key); other exercises may hold them too.
   */
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Field(() => String, { nullable: true, description: 'image/jpeg, image/png or image/webp' })
  @Column({ type: 'text', nullable: true })
  mime: string | null;

  @Field(() => Int, { nullable: true, description: 'Pixels, as displayed' })
  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Pixels, as displayed' })
  @Column({ type: 'int', nullable: true })
  height: number | null;

  @Field(() => Int, { nullable: true, description: 'Size of an image file' })
  @Column({ type: 'int', nullable: true })
  bytes: number | null;

  /** `<sha256>.<ext>` in the media storage; also the file name in the URL. */
  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey: string | null;

  /** Why a stored image cannot be shown (set by `npm run media:check`); null when it can. */
  @Column({ type: 'text', nullable: true })
  problem: string | null;

  /** The https:// link of a video. */
  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl: string | null;

  @Column({ name: 'poster_id', type: 'uuid', nullable: true })
  posterId: string | null;

  @Field({ description: 'What the picture shows, for screen readers and printouts' })
  @Column({ name: 'alt_text', type: 'text', default: '' })
  altText: string;

  /** Who made it: `Media.author` in the schema (the column keeps its first name). */
  @Field({ description: 'Who made it', deprecationReason: 'Use author' })
  @Column({ type: 'text', default: '' })
  credit: string;

  @Field({
    description:
      "Under what terms the clinic uses it: the licence's name, e.g. CC BY 4.0 (see licenceUrl and licenceVerified)",
  })
  @Column({ type: 'text', default: '' })
  licence: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where it came from: the page or file it was taken from (a URL) or the collection it was imported from, e.g. free-exercise-db; null when not recorded',
  })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The licence's text online, e.g. https://creativecommons.org/licenses/by/4.0/",
  })
  @Column({ name: 'licence_url', type: 'text', nullable: true })
  licenceUrl: string | null;

  @Field({
    description:
      'Whether a clinician has confirmed the clinic may use it under `licence`: true for what a clinician uploaded or linked with a licence, false for imported pictures (free-exercise-db) until verifyMediaLicence. Handouts print only verified pictures',
  })
  @Column({ name: 'licence_verified', type: 'boolean', default: false })
  licenceVerified: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a clinician confirmed the licence with verifyMediaLicence',
  })
  @Column({ name: 'licence_verified_at', type: 'timestamptz', nullable: true })
  licenceVerifiedAt: Date | null;

  /** The account that confirmed the licence (verifyMediaLicence); in the audit log as well. */
  @Column({ name: 'licence_verified_by', type: 'uuid', nullable: true })
  licenceVerifiedBy: string | null;

  @Field({ description: 'When it was added' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
