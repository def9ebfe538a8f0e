export { ToegangslogApiModule, ToegangslogCoreModule } from './toegangslog.module.js';
export {
  ToegangslogService,
  GRONDSLAG_WETTELIJKE_TAAK,
  type Toegang,
  type ToegangActie,
  type ToegangUitkomst,
} from './toegangslog.service.js';
export { ToegangslogRegel } from './toegangslog.types.js';
