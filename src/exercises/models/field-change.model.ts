import { Field, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar.js';

@ObjectType({ description: 'One field that differs between two revisions' })
export class FieldChange {
  @Field({
    description: 'The field’s name, as in the revision snapshot (`steps`, `tempoNotation`)',
  })
  field: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Its value at the `from` revision (null: none)',
  })
  before: unknown;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Its value at the `to` revision (null: none)',
  })
  after: unknown;
}
