import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { HandoutAccess } from '../handout.entity.js';

@ObjectType({ description: "A page of a handout's openings, newest first" })
export class HandoutAccessConnection extends ConnectionType(HandoutAccess) {}
