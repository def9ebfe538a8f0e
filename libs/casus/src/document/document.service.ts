import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import {
  ApiError,
  ErrorCode,
  ValidationCollector,
  check,
  isUuid,
  nietGevonden,
  ongeldigeOvergang,
  validatie,
  vereisVersie,
  RequestLoaders,
} from '@vt/platform';
import { CasusChangeRecorder } from '../casus/casus-change-recorder.js';
import { CasusService } from '../casus/casus.service.js';
import { casusTeamFilter } from '../melding/werk-filter.js';
import { pastBijType, TOEGESTANE_TYPES } from './document-inhoud.js';
import { DOCUMENT_COLUMNS, toDocument } from './document.row.js';
import { DocumentSoort, type Document, type TrekDocumentInInput } from './document.types.js';

/** Bytes per stored chunk: large enough for few rows, small enough never to hold a whole file. */
const DEEL = 256 * 1024;
/** Bytes the type check looks at (file-type needs up to 4100). */
const BEGIN = 4100;

export interface UploadMeta {
  casusId: string;
  meldingId: string | null;
  soort: string;
  titel: string;
  bestandsnaam: string;
  contentType: string;
  declaredLength: number | null;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Documents of a dossier, stored in PostgreSQL under row-level security in chunks of 256 KB. An
 * upload is one transaction: it is streamed in chunk by chunk (never whole in memory), checked for
 * size and type while it arrives, and commits only complete; an interrupted or refused upload
 * leaves nothing behind.
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
  ) {}

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
      const { id } = await kysely(m)
        .insertInto('document')
        .values({
          casus_id: casus.id,
          melding_id: meta.meldingId,
          soort: meta.soort as DocumentSoort,
          titel: titel!,
          bestandsnaam: bestandsnaam!,
          content_type: meta.contentType,
          opslag: 'DATABASE',
          geupload_door: actor.userId,
          geupload_door_naam: actor.naam,
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      const hash = createHash('sha256');
      let grootte = 0;
      let volgnummer = 0;
      let buffer: Buffer[] = [];
      let gebufferd = 0;
      let gecontroleerd = false;
      const schrijf = async (alles: boolean) => {
        while (gebufferd >= DEEL || (alles && gebufferd > 0)) {
          const samen = Buffer.concat(buffer);
          const deel = samen.subarray(0, Math.min(DEEL, samen.length));
          const rest = samen.subarray(deel.length);
          await kysely(m).insertInto('document_deel').values({ document_id: id, volgnummer, data: deel }).execute();
          volgnummer += 1;
          buffer = rest.length > 0 ? [rest] : [];
          gebufferd = rest.length;
        }
      };
      const controleer = async () => {
        gecontroleerd = true;
        if (!(await pastBijType(meta.contentType, Buffer.concat(buffer).subarray(0, BEGIN))))
          throw validatie('Content-Type', `the content is not a ${meta.contentType} file`);
      };
      for await (const chunk of body) {
        grootte += chunk.length;
        if (grootte > limit) throw tooLarge(limit);
        hash.update(chunk);
        buffer.push(chunk);
        gebufferd += chunk.length;
        if (!gecontroleerd && gebufferd >= BEGIN) await controleer();
        if (gecontroleerd) await schrijf(false);
      }
      if (grootte === 0) throw validatie('body', 'the document is empty');
      if (!gecontroleerd) await controleer();
      await schrijf(true);
      const row = await kysely(m)
        .updateTable('document')
        .set({ grootte, sha256: hash.digest('hex'), status: 'BESCHIKBAAR' })
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
        ? await kysely(m).selectFrom('document').select(DOCUMENT_COLUMNS).where('id', '=', id).executeTakeFirst()
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
      await this.log.schrijf(m, { actie: 'EXPORT', objectType: 'Document', objectId: doc.id, casusId: casus.id });
      begin(toDocument(doc));
      for (let volgnummer = 0; ; volgnummer++) {
        const deel = await kysely(m)
          .selectFrom('document_deel')
          .select('data')
          .where('document_id', '=', doc.id)
          .where('volgnummer', '=', volgnummer)
          .executeTakeFirst();
        if (!deel) break;
        await write(deel.data);
      }
    });
  }
}

function tooLarge(limit: number): ApiError {
  return Object.assign(
    new ApiError(ErrorCode.PAYLOAD_TOO_LARGE, `The document is larger than the limit of ${mb(limit)} (DOCUMENT_MAX_BYTES)`),
    { httpStatus: 413 },
  );
}
