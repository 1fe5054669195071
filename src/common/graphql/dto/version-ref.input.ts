import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min, ValidateBy } from 'class-validator';

/** The concurrency token has one name and one meaning in every input. */
export const EXPECTED_VERSION =
  'The version you read; a stale one is a CONFLICT with extensions.currentVersion';

/**
 * A record as the editor read it (an exercise, a template): a change sent against another
 * version is a CONFLICT, never a silent overwrite.
 */
@InputType({ isAbstract: true })
export abstract class ExpectedVersionRef {
  @Field(() => ID, { description: 'The record to change' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/**
 * Exactly one of `expectedVersion` and the deprecated `version`, a whole number from 1. One
 * validator rather than IsOptional + IsInt: IsOptional would skip the "neither" case.
 */
const IsExpectedVersionOrVersion = () =>
  ValidateBy({
    name: 'expectedVersion',
    validator: {
      validate: (value, args) => {
        const version = (args?.object as VersionRef).version;
        if (value === null || value === undefined) return version !== null && version !== undefined;
        return (version === null || version === undefined) && Number.isInteger(value) && value >= 1;
      },
      defaultMessage: (args) => {
        const version = (args?.object as VersionRef).version;
        if (args?.value === null || args?.value === undefined) {
          return 'expectedVersion is required: the version you read';
        }
        if (version !== null && version !== undefined) {
          return 'give expectedVersion only: version is its deprecated name';
        }
        return 'expectedVersion must be a whole number from 1';
      },
    },
  });

/**
 * The deprecated `version` of a VersionRef input. Each concrete input declares it: a field
 * declared on the abstract parent loses its deprecationReason in the schema (@nestjs/graphql
 * copies a parent input type's fields without it), so `version` was served undeprecated.
 */
export const DeprecatedVersion = () =>
  applyDecorators(
    Field(() => Int, {
      nullable: true,
      description: 'The version you read',
      deprecationReason: 'Use expectedVersion',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );

/**
 * VersionRef for the inputs that named the token `version` before this release: `version` stays
 * one release, deprecated, so both are nullable in the schema and validation asks for one.
 * Read the token with versionRead().
 */
@InputType({ isAbstract: true })
export abstract class VersionRef {
  @Field(() => ID, { description: 'The record to change' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: `${EXPECTED_VERSION}. Required (nullable only while the deprecated version is accepted)`,
  })
  @IsExpectedVersionOrVersion()
  expectedVersion?: number | null;

  /** Declared by each subclass with @DeprecatedVersion() (see there why). */
  abstract version?: number | null;
}

/** The version the client read, from whichever of the two names it sent (validated: exactly one). */
export function versionRead(ref: Pick<VersionRef, 'expectedVersion' | 'version'>): number {
  return (ref.expectedVersion ?? ref.version) as number;
}
