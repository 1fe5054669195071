import { Field, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar.js';

@ObjectType()
export class FieldChange {
  @Field()
  field: string;

  @Field(() => JSONScalar, { nullable: true })
  before: unknown;

  @Field(() => JSONScalar, { nullable: true })
  after: unknown;
}
