/**
 * Kalender- en termijnmodule van Afspraak (puur TypeScript, geen database, geen Intl).
 * Zie docs/deadlines.md voor de semantiek en het ontwerp.
 */
export { TermijnFout, type TermijnFoutCode } from "./fout";
export {
  MS_SECONDE,
  MS_MINUUT,
  MS_UUR,
  MS_DAG,
  MIN_JAAR,
  MAX_JAAR,
  type Datum,
  type LokaleDelen,
  dagVanDatum,
  datumVanDag,
  weekdagVanDag,
  jaarVanDag,
  isZomertijd,
  utcOffsetMs,
  zomertijdGrenzen,
  lokaleDag,
  lokaleDelen,
  beginVanDag,
  instantVanLokaal,
  instantVanLokaleDag,
  isoDatum,
  isoDatumVanDag,
  dagVanIso,
  formatIso,
  parseTijdstip,
} from "./tijd";
export {
  FEESTDAG_CODES,
  FEESTDAG_NAMEN,
  BEKENDE_GELIJKGESTELDE_DAGEN,
  type FeestdagCode,
  type Feestdag,
  type GelijkgesteldeDag,
  paasdatum,
  koningsdagDag,
  nederlandseFeestdagen,
} from "./feestdagen";
export {
  STANDAARD_KALENDER_CONFIG,
  ALLE_VRIJE_FEESTDAGEN,
  normaliseerConfig,
  type KalenderConfig,
  type Kantooruren,
  type IsoWeekdag,
  type VrijeFeestdagCode,
  type Sluitingsdag,
  type Deeldag,
} from "./config";
export { OrganisatieKalender, AtwKalender, maakKalenders, type Kalenders } from "./kalenders";
export {
  TERMIJN_EENHEDEN,
  KALENDER_SOORTEN,
  MAX_DUUR,
  type TermijnEenheid,
  type KalenderSoort,
  type TermijnNorm,
  valideerNorm,
  berekenTermijn,
  berekenWaarschuwing,
  verlengMetPauze,
  gepauzeerdeTijd,
} from "./termijn";
export { verklaarTermijn } from "./verklaar";
export {
  formatDatumTijd,
  formatKort,
  formatRelatief,
  formatDatum,
  formatTijd,
  formatDagLang,
  formatDagMiddel,
  formatDagKort,
  WEEKDAGEN,
  WEEKDAGEN_KORT,
  MAANDEN,
  MAANDEN_KORT,
} from "./format";
