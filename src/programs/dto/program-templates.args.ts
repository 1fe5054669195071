import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PageArgs } from '../../common/pagination/page.args.js';

@ArgsType()
export class ProgramTemplatesArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only the templates you own' })
  @IsBoolean()
  mine: boolean = false;

  @Field({ defaultValue: false, description: 'Also list archived templates' })
  @IsBoolean()
  includeArchived: boolean = false;
}
