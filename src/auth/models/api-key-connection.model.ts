import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { ApiKey } from '../api-key.entity.js';

@ObjectType({ description: 'A page of API keys, newest first' })
export class ApiKeyConnection extends ConnectionType(ApiKey) {}
