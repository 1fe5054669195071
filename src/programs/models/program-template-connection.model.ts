import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { ProgramTemplate } from '../program-template.entity.js';

@ObjectType({ description: 'A page of program templates, by name' })
export class ProgramTemplateConnection extends ConnectionType(ProgramTemplate) {}
