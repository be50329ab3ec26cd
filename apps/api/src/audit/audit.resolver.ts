import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryModel } from './models/audit-entry.model';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntryModel], {
    description: 'The recorded changes of an object, newest first.',
  })
  @RequireRole('ADMIN')
  auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryModel[]> {
    return this.audit.entriesFor(args.entity, args.id, args.limit);
  }
}
