import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';

const CLS_LOADERS = 'loaders';

/**
 * Request-scoped DataLoaders kept in the request context: every field of the same kind in one
 * GraphQL request is fetched in one batch (no N+1), and nothing is cached across requests.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loaders = this.cls.get<Map<string, DataLoader<unknown, unknown>> | undefined>(CLS_LOADERS);
    if (!loaders) {
      loaders = new Map();
      this.cls.set(CLS_LOADERS, loaders);
    }
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Groups rows by key in the order of the keys (for one-to-many loaders). */
  static group<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
    const byKey = new Map<K, R[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }
}
