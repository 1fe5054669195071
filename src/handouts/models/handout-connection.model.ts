import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { Handout } from '../handout.entity.js';

@ObjectType()
export class HandoutConnection extends ConnectionType(Handout) {}
