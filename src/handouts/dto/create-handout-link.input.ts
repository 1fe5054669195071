import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType({ description: 'Another link to a handout' })
export class CreateHandoutLinkInput {
  @Field(() => ID, { description: 'The handout (any version)' })
  @IsUUID('all', { message: 'handoutId must be a UUID' })
  handoutId: string;

  @Field(() => Int, { nullable: true, description: 'Days it works, 1-365' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number | null;
}
