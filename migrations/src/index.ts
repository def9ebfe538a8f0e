import { Foundation1763900000000 } from './1763900000000-foundation.js';
import { Casework1763900100000 } from './1763900100000-casework.js';
import { Formatie1763900200000 } from './1763900200000-formatie.js';
import { Benchmark1763900300000 } from './1763900300000-benchmark.js';
import { Achtergrondwerk1763900400000 } from './1763900400000-achtergrondwerk.js';
import { OpenWerkIndexen1763900500000 } from './1763900500000-open-werk-indexen.js';
import { OpenWerkPagina1763900600000 } from './1763900600000-open-werk-pagina.js';
import { PersoonNaamSleutel1763900700000 } from './1763900700000-persoon-naam-sleutel.js';
import { SamengesteldeSleutels1764400000000 } from './1764400000000-samengestelde-sleutels.js';
import { WillekeurigeIds1764400050000 } from './1764400050000-willekeurige-ids.js';
import { MdToetsingVierOgen1764400100000 } from './1764400100000-md-toetsing-vier-ogen.js';
import { Dossier1764500000000 } from './1764500000000-dossier.js';
import { Herindeling1764600000000 } from './1764600000000-herindeling.js';
import { Intake1764700000000 } from './1764700000000-intake.js';
import { HuisverbodVolledig1764700100000 } from './1764700100000-huisverbod-volledig.js';
import { Klokken1764700200000 } from './1764700200000-klokken.js';
import { Kennisgeving1764700300000 } from './1764700300000-kennisgeving.js';
import { Bereikbaarheidsdienst1764700400000 } from './1764700400000-bereikbaarheidsdienst.js';
import { Clientrechten1764800100000 } from './1764800100000-clientrechten.js';
import { Inzage1764800200000 } from './1764800200000-inzage.js';
import { Vernietiging1764800300000 } from './1764800300000-vernietiging.js';
import { CbsSleutel1764800400000 } from './1764800400000-cbs-sleutel.js';
import { Hoedanigheid1764800410000 } from './1764800410000-hoedanigheid.js';
import { Kwartaalrapportage1764800500000 } from './1764800500000-kwartaalrapportage.js';
import { KengetalBron1764800700000 } from './1764800700000-kengetal-bron.js';
import { BackupRol1764800800000 } from './1764800800000-backup-rol.js';
import { RapportageDatumindexen1764801400000 } from './1764801400000-rapportage-datumindexen.js';
import { TerugkoppelingOpen1764801500000 } from './1764801500000-terugkoppeling-open.js';

/** Every migration in order. Append only: a landed migration is never edited. */
export const migrations = [
  Foundation1763900000000,
  Casework1763900100000,
  Formatie1763900200000,
  Benchmark1763900300000,
  Achtergrondwerk1763900400000,
  OpenWerkIndexen1763900500000,
  OpenWerkPagina1763900600000,
  PersoonNaamSleutel1763900700000,
  SamengesteldeSleutels1764400000000,
  WillekeurigeIds1764400050000,
  MdToetsingVierOgen1764400100000,
  Dossier1764500000000,
  Herindeling1764600000000,
  Intake1764700000000,
  HuisverbodVolledig1764700100000,
  Klokken1764700200000,
  Kennisgeving1764700300000,
  Bereikbaarheidsdienst1764700400000,
  Clientrechten1764800100000,
  Inzage1764800200000,
  Vernietiging1764800300000,
  CbsSleutel1764800400000,
  Hoedanigheid1764800410000,
  Kwartaalrapportage1764800500000,
  KengetalBron1764800700000,
  BackupRol1764800800000,
  RapportageDatumindexen1764801400000,
  TerugkoppelingOpen1764801500000,
];
