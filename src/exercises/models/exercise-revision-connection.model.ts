import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { Revision } from '../revision.entity.js';

@ObjectType({ description: "A page of an exercise's revisions, newest first" })
export class ExerciseRevisionConnection extends ConnectionType(Revision, 'ExerciseRevision') {}
