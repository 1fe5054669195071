import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What signOut ended' })
export class SignedOut {
  @Field(() => Int, { description: 'How many sessions ended (0 when none was live)' })
  sessionsEnded: number;
}
