import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * An active account that a handout can name as its clinician: its id (`clinicianId` of
 * issueHandout) and the name printed. Nothing else of the account: the front desk needs no
 * e-mail addresses or roles to pick one.
 */
@ObjectType({ description: 'An active clinician a handout can name: id and name only' })
export class Clinician {
  @Field(() => ID, { description: 'The clinicianId of issueHandout and reissueHandout' })
  id: string;

  @Field({ description: 'The name printed on the handout' })
  displayName: string;
}
