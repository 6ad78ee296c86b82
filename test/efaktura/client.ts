// Small HTTP helpers for the eFaktura e2e suites: set up issuers and persons, send shipments,
// advance the clock. Every call goes through the bench's public API.
import { expect } from 'vitest';
import type { Api } from '../support/api.ts';
import type { PersonInput, ShipmentInput } from '../../src/efaktura/index.ts';
import { issuerInput } from './fixtures.ts';

export interface Problem {
  status: number;
  code: string;
  detail: string;
  issues?: Array<{ code: string; path: string }>;
}

/** Registers and confirms an issuer (tenant key); returns the issuer's own key. */
export async function confirmedIssuer(
  api: Api,
  overrides: Record<string, unknown> = {},
): Promise<{ orgNumber: string; apiKey: string }> {
  const created = await api.post<{ orgNumber: string; apiKey: string; state: string }>(
    '/mps/v1/issuers',
    issuerInput(overrides),
  );
  expect(created.status, created.text).toBe(201);
  const confirmed = await api.post<{ state: string }>(`/mps/v1/issuers/${created.body.orgNumber}/confirm`);
  expect(confirmed.body.state).toBe('CONFIRMED');
  return { orgNumber: created.body.orgNumber, apiKey: created.body.apiKey };
}

/** Registers a person and, by default, gives JTTA consent; returns the person view. */
export async function registeredPerson(api: Api, nationalId: string, input: PersonInput, jtta = true) {
  const put = await api.put<{ efakturaIdentifier: string }>(`/jtta/v1/persons/${nationalId}`, input);
  expect(put.status, put.text).toBeLessThan(300);
  if (jtta) expect((await api.put(`/jtta/v1/persons/${nationalId}/consent`)).status).toBe(200);
  return put.body;
}

export async function sendShipment(api: Api, shipment: ShipmentInput) {
  const response = await api.post<{ shipmentId: string; status: string }>('/mps/v1/shipments', shipment);
  expect(response.status, response.text).toBe(202);
  return response.body;
}

export async function advance(api: Api, by: Record<string, unknown>) {
  const response = await api.post<{ now: string; jobsRun: number }>('/sim/v1/clock/advance', by);
  expect(response.status, response.text).toBe(200);
  return response.body;
}

export interface ShipmentStatusBody {
  status: string;
  accepted: number;
  rejected: number;
  transactions: Array<{ transactionId: string; status: string; reason?: { code: string; message: string } }>;
}
