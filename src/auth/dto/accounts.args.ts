import { ArgsType, Field } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { Role } from '../../common/access/viewer.js';
import { PageArgs } from '../../common/pagination/page.args.js';

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => [Role], { nullable: true, description: 'Only accounts with one of these roles' })
  @IsOptional()
  @IsArray()
  @IsEnum(Role, { each: true })
  role?: Role[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only active accounts (true) or deactivated ones (false)',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
