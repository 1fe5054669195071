import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { Role } from '../../common/access/viewer.js';
import { IsOmittable } from '../../common/errors/omittable.js';

@InputType({ description: 'Changes to an account: fields left out keep their value' })
export class UpdateAccountInput {
  @Field(() => Role, { nullable: true, description: 'The new role; left out: unchanged' })
  @IsOmittable()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'false stops the account from signing in' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
