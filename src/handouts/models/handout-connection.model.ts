import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { Handout } from '../handout.entity.js';

@ObjectType({ description: 'A page of handouts, newest first' })
export class HandoutConnection extends ConnectionType(Handout) {}
