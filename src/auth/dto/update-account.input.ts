import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Role } from '../../common/access/viewer.js';
import { IsOmittable } from '../../common/errors/omittable.js';

/** Fields left out stay as they are. */
@InputType({ description: 'Changes to an account: fields left out keep their value' })
export class UpdateAccountInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The account to change. Required (nullable only while the deprecated id argument is accepted)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;

  @Field(() => Role, { nullable: true, description: 'The new role; left out: unchanged' })
  @IsOmittable()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'false stops the account from signing in' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
