import { graphql } from '../../lib/graphql/generated';
import type { ServicesQuery as ServicesQueryResult } from '../../lib/graphql/generated/graphql';

export type ServiceRow = ServicesQueryResult['services'][number];

export const ServicesQuery = graphql(`
  query Services {
    services {
      ...ServiceFields
    }
  }
`);

export const ServiceFieldsFragment = graphql(`
  fragment ServiceFields on Service {
    key
    name
    description
    tier
    rtoMinutes
    rpoMinutes
    dependsOn
    status
    version
    dependents
    mtpdMinutes
    outageCostPerHour {
      orders
      euros
    }
    supplier
    supplierGaps {
      ...SupplierGapFields
    }
  }
`);

export const SupplierGapFieldsFragment = graphql(`
  fragment SupplierGapFields on SupplierGap {
    code
    serviceKey
    service {
      name
    }
    supplierKey
    supplier {
      name
    }
    direct
    promisedMinutes
    requiredMinutes
    exceedsByMinutes
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      ...ServiceFields
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      ...ServiceFields
    }
  }
`);
