import { ClsService } from 'nestjs-cls';
import { Injectable } from '@nestjs/common';

/** Keys under which the request (or job) context is kept in continuation-local storage. */
export const CLS_TENANT_ID = 'tenantId';
export const CLS_TENANT_CODE = 'tenantCode';
export const CLS_READ_TRANSACTION = 'readTransaction';

/** The one transaction a read-only GraphQL operation shares across its resolvers (opened lazily). */
export interface ReadTransaction {
  runner?: Promise<import('typeorm').QueryRunner>;
  /** The opened runner, so work can tell whether an EntityManager belongs to this transaction. */
  actief?: import('typeorm').QueryRunner;
  failed: boolean;
  /**
   * Statements sent in the same round trip as the COMMIT (the reads' access-log entries), built
   * when the transaction closes. If one fails, nothing of the transaction is committed.
   */
  beforeCommit: (() => string)[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Raised when tenant data is touched without a tenant: the caller has no region, or a job lost its context. */
export class TenantContextMissingError extends Error {
  constructor() {
    super('No tenant in context: tenant data is only reachable for a verified member of a region');
    this.name = 'TenantContextMissingError';
  }
}

export function assertTenantId(tenantId: unknown): asserts tenantId is string {
  if (typeof tenantId !== 'string' || !UUID.test(tenantId)) throw new TenantContextMissingError();
}

/**
 * The tenant of the current request or job. It is written only by the authentication guard
 * (from a verified token) and by the job runner (from the job's own tenant field).
 */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  set(tenantId: string, tenantCode: string): void {
    assertTenantId(tenantId);
    this.cls.set(CLS_TENANT_ID, tenantId);
    this.cls.set(CLS_TENANT_CODE, tenantCode);
  }

  /** The tenant id, or undefined when the caller belongs to no region (e.g. landelijk-analist). */
  get tenantId(): string | undefined {
    return this.cls.isActive() ? this.cls.get<string | undefined>(CLS_TENANT_ID) : undefined;
  }

  get tenantCode(): string | undefined {
    return this.cls.isActive() ? this.cls.get<string | undefined>(CLS_TENANT_CODE) : undefined;
  }

  /** The shared read transaction of the current request, when the operation is a query. */
  get readTransaction(): ReadTransaction | undefined {
    return this.cls.isActive() ? this.cls.get<ReadTransaction | undefined>(CLS_READ_TRANSACTION) : undefined;
  }

  startReadTransaction(): ReadTransaction | undefined {
    if (!this.cls.isActive()) return undefined;
    const transactie: ReadTransaction = { failed: false, beforeCommit: [] };
    this.cls.set(CLS_READ_TRANSACTION, transactie);
    return transactie;
  }

  requireTenantId(): string {
    const tenantId = this.tenantId;
    assertTenantId(tenantId);
    return tenantId;
  }
}
