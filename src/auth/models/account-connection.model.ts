import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { Account } from '../account.entity.js';

@ObjectType({ description: 'A page of accounts, by email' })
export class AccountConnection extends ConnectionType(Account) {}
