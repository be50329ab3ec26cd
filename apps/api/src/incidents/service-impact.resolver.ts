import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { ServiceModel } from '../services/models/service.model';
import { ServicesLoader } from '../services/services.loader';
import { ServiceImpactModel } from './models/service-impact.model';

@Resolver(() => ServiceImpactModel)
export class ServiceImpactResolver {
  constructor(private readonly servicesLoader: ServicesLoader) {}

  @ResolveField(() => ServiceModel, { description: 'The impacted service.' })
  async service(
    @Parent() impact: ServiceImpactModel,
    @RequestCtx() context: RequestContext,
  ): Promise<ServiceModel> {
    // The catalogue is read once per request, so any number of impacts costs one query.
    const service = await this.servicesLoader.model(context, impact.serviceKey);
    // The foreign key guarantees the service exists.
    return service as ServiceModel;
  }
}
