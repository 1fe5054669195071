import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode, ErrorReason, type FieldProblem } from './errors.js';

/*
 * No field returns these types: they describe `errors[].extensions`, which GraphQL leaves
 * untyped, so that codegen emits them for clients (they are in the schema as orphaned types,
 * see app.module.ts). Their fields are the keys the helpers in errors.ts write.
 */

@ObjectType({ description: 'One offending input field of a BAD_USER_INPUT (or PAYLOAD_TOO_LARGE)' })
export class FieldError implements FieldProblem {
  @Field({
    description:
      'The path of the field from the operation’s arguments, e.g. `input.prescription.reps`, `after`, `input.items[2].sets`',
  })
  field: string;

  @Field({ description: 'Why it was refused, without repeating the value sent' })
  message: string;
}

@ObjectType({
  description:
    'What an error carries in `errors[].extensions` (GraphQL; the HTTP routes answer `{code, message, field?, fields?}`). Only `code` is always there',
})
export class ErrorExtensions {
  @Field(() => ErrorCode, { description: 'What went wrong, for code to act on' })
  code: ErrorCode;

  @Field(() => [FieldError], {
    nullable: true,
    description: 'BAD_USER_INPUT and PAYLOAD_TOO_LARGE: every offending field and why',
  })
  fields?: FieldError[];

  @Field(() => Int, {
    nullable: true,
    description:
      'CONFLICT on a stale `version` or `expectedVersion`: the version stored now, to reload before trying again (null: it no longer exists)',
  })
  currentVersion?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'CONFLICT on reissueHandout: the id of the newest version of the handout',
  })
  latestId?: string;

  @Field(() => ErrorReason, {
    nullable: true,
    description: 'FORBIDDEN: why, in a word, when there is more to it than the role',
  })
  reason?: ErrorReason;

  @Field(() => Int, {
    nullable: true,
    description:
      'RATE_LIMITED and SERVICE_UNAVAILABLE: seconds to wait before trying again (the Retry-After header says the same)',
  })
  retryAfterSeconds?: number;
}
