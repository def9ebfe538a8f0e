import { Inject, Injectable, Logger } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { ValidationCollector, check, isUuid, nietGevonden, ongeldigeOvergang, validatie, vereisVersie, RequestLoaders } from '@vt/platform';
import { CasusChangeRecorder } from '../casus/casus-change-recorder.js';
import { CasusService } from '../casus/casus.service.js';
import { casusTeamFilter } from '../melding/werk-filter.js';
import { checkUpload, tooLarge } from './checked-upload.js';
import { DatabaseDocumentStore } from './database-document-store.js';
import { TOEGESTANE_TYPES } from './document-inhoud.js';
import { DocumentStore, type StoredContent } from './document-store.js';
import { DOCUMENT_COLUMNS, toDocument } from './document.row.js';
import { DocumentSoort, type Document, type TrekDocumentInInput } from './document.types.js';

export interface UploadMeta {
  casusId: string;
  meldingId: string | null;
  soort: string;
  titel: string;
  bestandsnaam: string;
  contentType: string;
  declaredLength: number | null;
  /** The one person the document is about (an inzage export): destroyed with that person's data. */
  persoonId?: string | null;
  /** The verzoek it was made for (an inzage or afschrift on request). */
  verzoekId?: string | null;
}

/**
 * Documents of a dossier: the row (metadata, checksum) in PostgreSQL under row-level security, the
 * content in the DocumentStore that DOCUMENT_STORE names (PostgreSQL chunks or an object store).
 * An upload is one transaction: it is streamed in (never whole in memory), checked for size and
 * type while it arrives, and commits only complete; an interrupted or refused upload leaves
 * nothing behind (an object already written is deleted again when the transaction fails).
 */
@Injectable()
export class DocumentService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly casussen: CasusService,
    private readonly changes: CasusChangeRecorder,
    private readonly log: ToegangslogService,
    private readonly loaders: RequestLoaders,
    private readonly instellingen: InstellingenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: DocumentStore,
  ) {}

  private readonly logger = new Logger('Documenten');
  /** Where documents uploaded before an installation moved to an object store still are. */
  private readonly database = new DatabaseDocumentStore();

  async upload(meta: UploadMeta, body: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<Document> {
    const limit = this.config.DOCUMENT_MAX_BYTES;
    const v = new ValidationCollector();
    if (!isUuid(meta.casusId)) v.fail('casusId', 'is not an id');
    if (meta.meldingId !== null && !isUuid(meta.meldingId)) v.fail('meldingId', 'is not an id');
    if (!Object.values(DocumentSoort).includes(meta.soort as DocumentSoort))
      v.fail('soort', `must be one of ${Object.values(DocumentSoort).join(', ')}`);
    const titel = v.check(() => check.tekst('titel', meta.titel));
    const bestandsnaam = v.check(() => check.tekst('bestandsnaam', meta.bestandsnaam, { max: 255 }));
    if (bestandsnaam && /[/\\]/.test(bestandsnaam)) v.fail('bestandsnaam', 'is a file name, not a path');
    if (!TOEGESTANE_TYPES[meta.contentType]) v.fail('Content-Type', `must be one of ${Object.keys(TOEGESTANE_TYPES).join(', ')}`);
    v.done();
    if (meta.declaredLength !== null && meta.declaredLength > limit) throw tooLarge(limit);

    // The key of an object written for this upload, removed again if its transaction does not commit.
    const written: { key?: string } = {};
    try {
      return await this.uploadIn(meta, titel!, bestandsnaam!, body, written);
    } catch (error) {
      if (written.key) await this.compensate(written.key);
      throw error;
    }
  }

  /** The upload's transaction: the row, the content through the store, the row completed, the change recorded. */
  private uploadIn(
    meta: UploadMeta,
    titel: string,
    bestandsnaam: string,
    body: AsyncIterable<Buffer> | Iterable<Buffer>,
    written: { key?: string },
  ): Promise<Document> {
    const limit = this.config.DOCUMENT_MAX_BYTES;
    return this.db.run(async (m) => {
      // Not locked: an upload may take a while, and the casus row itself does not change.
      const casus = await this.casussen.leesZichtbaar(m, meta.casusId);
      if (!casus) throw nietGevonden('Casus');
      if (meta.meldingId) {
        const melding = await kysely(m)
          .selectFrom('melding')
          .select('id')
          .where('id', '=', meta.meldingId)
          .where('casus_id', '=', casus.id)
          .executeTakeFirst();
        if (!melding) throw validatie('meldingId', 'is not a melding of this casus');
      }
      const actor = this.current.actor;
      const { id, tenant_id } = await kysely(m)
        .insertInto('document')
        .values({
          casus_id: casus.id,
          melding_id: meta.meldingId,
          persoon_id: meta.persoonId ?? null,
          verzoek_id: meta.verzoekId ?? null,
          soort: meta.soort as DocumentSoort,
          titel,
          bestandsnaam,
          content_type: meta.contentType,
          opslag: this.store.kind,
          geupload_door: actor.userId,
          geupload_door_naam: actor.naam,
        })
        .returning(['id', 'tenant_id'])
        .executeTakeFirstOrThrow();

      const checked = checkUpload(body, limit, meta.contentType);
      written.key = (await this.store.write(m, { tenantId: tenant_id, documentId: id }, checked.content)) ?? undefined;
      const { grootte, sha256 } = checked.result();
      const row = await kysely(m)
        .updateTable('document')
        .set({ grootte, sha256, status: 'BESCHIKBAAR', object_sleutel: written.key ?? null })
        .where('id', '=', id)
        .returning(DOCUMENT_COLUMNS)
        .executeTakeFirstOrThrow();
      await this.changes.record(m, {
        casusId: casus.id,
        actie: 'CREATE',
        objectType: 'Document',
        objectId: id,
        tijdlijn: [{ soort: 'DOCUMENT_TOEGEVOEGD', omschrijving: `Document toegevoegd (${meta.soort.toLowerCase()})` }],
      });
      return toDocument(row);
    });
  }

  /**
   * The documents of a casus (visible under the team rule), newest first, batched over every casus
   * of the request (one query, one access-log statement); each casus' list is logged as one read.
   */
  lijst(casusId: string): Promise<Document[]> {
    return this.loaders
      .get<string, Document[]>('documentenVanCasus', async (ids) => {
        const rows = await this.db.run(async (m) => {
          const teamRegel = casusTeamFilter(await this.instellingen.lees(m), this.current.actor);
          const found = await kysely(m)
            .selectFrom('document')
            .select(DOCUMENT_COLUMNS)
            .where('casus_id', 'in', (eb) =>
              eb
                .selectFrom('casus as c')
                .select('c.id')
                .where('c.id', '=', eb.fn.any(eb.val([...ids])))
                .where(teamRegel),
            )
            .where('status', '!=', 'UPLOADEN')
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc')
            .execute();
          await this.log.schrijf(m, ...ids.map((id) => ({ actie: 'READ' as const, objectType: 'Documenten', objectId: id, casusId: id })));
          return found.map(toDocument);
        });
        return RequestLoaders.group(ids, rows, (doc) => doc.casusId);
      })
      .load(casusId);
  }

  trekIn(input: TrekDocumentInInput): Promise<Document> {
    const reden = check.tekst('reden', input.reden, { max: 2000 });
    return this.db.run(async (m) => {
      const doc = isUuid(input.documentId)
        ? await kysely(m).selectFrom('document').select(DOCUMENT_COLUMNS).where('id', '=', input.documentId).forUpdate().executeTakeFirst()
        : undefined;
      const casus = doc ? await this.casussen.leesZichtbaar(m, doc.casus_id, true) : null;
      if (!doc || !casus) throw nietGevonden('Document');
      vereisVersie('The document', doc.version, input.versie);
      if (doc.status !== 'BESCHIKBAAR') throw ongeldigeOvergang('Only an available document can be withdrawn');
      const row = await kysely(m)
        .updateTable('document')
        .set((eb) => ({ status: 'INGETROKKEN', ingetrokken_op: new Date(), ingetrokken_reden: reden, version: eb('version', '+', 1) }))
        .where('id', '=', doc.id)
        .returning(DOCUMENT_COLUMNS)
        .executeTakeFirstOrThrow();
      await this.changes.record(m, {
        casusId: casus.id,
        actie: 'UPDATE',
        objectType: 'Document',
        objectId: doc.id,
        tijdlijn: [{ soort: 'DOCUMENT_INGETROKKEN', omschrijving: 'Document ingetrokken' }],
      });
      return toDocument(row);
    });
  }

  /**
   * Streams a document's content to `write` chunk by chunk, in one transaction; `begin` is called
   * with the document before the first byte (to set headers). Access-logged; refused or unknown is NIET_GEVONDEN.
   */
  download(id: string, begin: (doc: Document) => void, write: (chunk: Buffer) => Promise<void>): Promise<void> {
    return this.db.run(async (m) => {
      const doc = isUuid(id)
        ? await kysely(m)
            .selectFrom('document')
            .select([...DOCUMENT_COLUMNS, 'opslag', 'object_sleutel'])
            .where('id', '=', id)
            .executeTakeFirst()
        : undefined;
      const casus = doc ? await this.casussen.leesZichtbaar(m, doc.casus_id) : null;
      if (!doc || !casus || doc.status !== 'BESCHIKBAAR') {
        await this.log.schrijfAutonoom({
          actie: 'READ',
          objectType: 'Document',
          objectId: id,
          casusId: casus?.id ?? null,
          uitkomst: 'GEWEIGERD',
        });
        throw nietGevonden('Document');
      }
      // Committed before the first byte leaves: the export is on record even if the transfer breaks,
      // and a client that has the whole file can already read the entry.
      await this.log.schrijfAutonoom({ actie: 'EXPORT', objectType: 'Document', objectId: doc.id, casusId: casus.id });
      // Opened before the headers go out, so missing content is an error rather than a cut-off 200.
      const content = await this.storeOf(doc).read(m, doc);
      begin(toDocument(doc));
      for await (const chunk of content) await write(chunk);
    });
  }

  /**
   * The store a document's content is in (its row says): documents kept in PostgreSQL stay
   * readable after an installation moves new uploads to an object store.
   */
  private storeOf(stored: StoredContent): DocumentStore {
    if (stored.opslag === this.store.kind) return this.store;
    if (stored.opslag === 'DATABASE') return this.database;
    throw new Error(`Document ${stored.id} is in an object store, but DOCUMENT_STORE is not s3`);
  }

  /** Removes an object whose transaction did not commit; if that fails too, the orphan sweep will. */
  private async compensate(key: string): Promise<void> {
    try {
      await this.store.delete(key);
    } catch (error) {
      // The key holds ids only, no personal data.
      this.logger.warn(`Could not remove object ${key} of a failed upload (${(error as Error).name}); the orphan sweep will`);
    }
  }
}
