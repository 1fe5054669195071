import { ArgsType } from '@nestjs/graphql';
import { PageArgsOf, type PageSize } from '../../common/pagination/page.args.js';

/** A handout's access log pages up to 500 openings at a time, 50 by default (as accesses did). */
export const ACCESS_LOG_PAGE: PageSize = { max: 500, default: 50 };

@ArgsType()
export class AccessLogArgs extends PageArgsOf(ACCESS_LOG_PAGE) {}
