import { gql } from 'urql';
import type { ServiceStatus } from '@lagebild/domain';

export interface ServiceRow {
  key: string;
  name: string;
  description: string;
  tier: number;
  rtoMinutes: number;
  rpoMinutes: number;
  dependsOn: string[];
  status: ServiceStatus;
  version: number;
  dependents: string[];
}

const serviceFields = `
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
`;

export const ServicesQuery = gql<{ services: ServiceRow[] }>`
  query Services {
    services {
      ${serviceFields}
    }
  }
`;

export interface CreateServiceInput {
  key: string;
  name: string;
  description?: string;
  tier: number;
  rtoMinutes: number;
  rpoMinutes: number;
  dependsOn?: string[];
}

export interface UpdateServiceInput extends Partial<Omit<CreateServiceInput, 'key'>> {
  key: string;
  version: number;
  status?: ServiceStatus;
}

export const CreateServiceMutation = gql<
  { createService: ServiceRow },
  { input: CreateServiceInput }
>`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      ${serviceFields}
    }
  }
`;

export const UpdateServiceMutation = gql<
  { updateService: ServiceRow },
  { input: UpdateServiceInput }
>`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      ${serviceFields}
    }
  }
`;
