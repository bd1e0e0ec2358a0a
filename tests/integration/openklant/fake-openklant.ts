/**
 * A stateful fake Open Klant on loopback, built from the VNG Klantinteracties 0.9.0 spec
 * (tests/contract/klantinteracties-0.9.0-openapi.yaml):
 *
 * - every request is checked against the spec (Ajv, from the spec's own schemas): the operation must exist for
 *   that method and path, the Authorization header must be `Token <token>` (tokenAuth), every query parameter must
 *   be declared for the operation and valid, and the JSON body must validate against the operation's request
 *   schema (readOnly properties left out, as the spec means for requests). A violation is recorded in
 *   `schendingen` and answered with 400 — the tests assert there are none.
 * - every answer the fake gives is validated against the spec's response schema too (so the fake cannot drift
 *   from what a real Open Klant sends).
 * - state: actoren, internetaken, klantcontacten, betrokkenen, digitaleadressen, partijen, actorklantcontacten.
 * - faults: `storing(n)` answers the next n requests with 503, `offline(true)` drops connections.
 */
import http from "node:http";
import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { parse } from "yaml";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

type Json = Record<string, any>;
const SPEC_PAD = path.join(process.env.AFSPRAAK_ROOT!, "tests", "contract", "klantinteracties-0.9.0-openapi.yaml");
export const spec = parse(readFileSync(SPEC_PAD, "utf8")) as Json;
const BASIS_PAD = spec.servers[0].url as string; // /klantinteracties/api/v1

/** The spec's schemas as a request sees them: readOnly properties are not sent, so not required. */
function zonderReadOnly(s: any): any {
  if (Array.isArray(s)) return s.map(zonderReadOnly);
  if (!s || typeof s !== "object") return s;
  const uit: Json = {};
  for (const [k, v] of Object.entries(s)) uit[k] = zonderReadOnly(v);
  if (uit.properties) {
    const weg = Object.entries(uit.properties as Json).filter(([, p]) => (p as Json).readOnly).map(([k]) => k);
    for (const k of weg) delete uit.properties[k];
    if (Array.isArray(uit.required)) uit.required = uit.required.filter((r: string) => !weg.includes(r));
  }
  return uit;
}

/** OpenAPI 3.0's `nullable` as JSON Schema (Ajv accepts it only next to a `type`). */
function metNull(s: any): any {
  if (Array.isArray(s)) return s.map(metNull);
  if (!s || typeof s !== "object") return s;
  const uit: Json = {};
  for (const [k, v] of Object.entries(s)) uit[k] = metNull(v);
  if (uit.nullable === true) {
    delete uit.nullable;
    if (typeof uit.type === "string") {
      uit.type = [uit.type, "null"];
      if (Array.isArray(uit.enum)) uit.enum = [...uit.enum, null];
      return uit;
    }
    const { description, ...rest } = uit;
    return { description, anyOf: [rest, { type: "null" }] };
  }
  return uit;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ components: metNull(spec.components) }, "antwoord");
ajv.addSchema({ components: metNull(zonderReadOnly(spec.components)) }, "verzoek");

const cache = new Map<string, ValidateFunction>();
function validator(naam: "antwoord" | "verzoek", schema: Json): ValidateFunction {
  const key = naam + JSON.stringify(schema);
  let v = cache.get(key);
  if (!v) {
    const s = JSON.parse(JSON.stringify(metNull(naam === "verzoek" ? zonderReadOnly(schema) : schema)).replace(/"#\/components\//g, `"${naam}#/components/`));
    v = ajv.compile(s);
    cache.set(key, v);
  }
  return v;
}

const OPERATIES = Object.entries(spec.paths as Json).map(([p, methodes]) => ({
  sjabloon: p,
  regex: new RegExp("^" + p.replace(/\{[^}]+\}/g, "([^/]+)") + "/?$"),
  methodes: methodes as Json,
}));

export interface Verzoek {
  methode: string;
  pad: string;
  operationId: string | null;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeOpenKlant {
  basis: string;
  token: string;
  verzoeken: Verzoek[];
  schendingen: string[];
  data: {
    actoren: Map<string, Json>;
    internetaken: Map<string, Json>;
    klantcontacten: Map<string, Json>;
    betrokkenen: Map<string, Json>;
    digitaleadressen: Map<string, Json>;
    partijen: Map<string, Json>;
    actorklantcontacten: Map<string, Json>;
  };
  maakActor(naam: string): string;
  maakContactverzoek(v: { actor: string; naam?: { voornaam: string; achternaam: string; voorvoegselAchternaam?: string }; telefoon?: string; email?: string; onderwerp: string; inhoud: string; toelichting?: string }): {
    taak: string;
    klantcontact: string;
    partij: string;
  };
  storing(n: number): void;
  /** the next n calls of one operation answer 503 */
  storingOp(operationId: string, n: number): void;
  offline(aan: boolean): void;
  stop(): Promise<void>;
}

export async function startFakeOpenKlant(): Promise<FakeOpenKlant> {
  const token = crypto.randomBytes(16).toString("hex");
  const verzoeken: Verzoek[] = [];
  const schendingen: string[] = [];
  const data: FakeOpenKlant["data"] = {
    actoren: new Map(),
    internetaken: new Map(),
    klantcontacten: new Map(),
    betrokkenen: new Map(),
    digitaleadressen: new Map(),
    partijen: new Map(),
    actorklantcontacten: new Map(),
  };
  let storingen = 0;
  const opStoringen = new Map<string, number>();
  let uit = false;
  let basis = "";
  const url = (soort: string, uuid: string) => `${basis}/${soort}/${uuid}`;
  const fk = (soort: string, uuid: string) => ({ uuid, url: url(soort, uuid) });
  let teller = 0;
  const ref = () => `KC${String(++teller).padStart(6, "0")}`;

  function klantcontact(v: Json): Json {
    const uuid = crypto.randomUUID();
    const kc = {
      uuid,
      url: url("klantcontacten", uuid),
      gingOverOnderwerpobjecten: [],
      hadBetrokkenActoren: [],
      omvatteBijlagen: [],
      hadBetrokkenen: [],
      leiddeTotInterneTaken: [],
      nummer: null,
      referentienummer: ref(),
      kanaal: v.kanaal,
      onderwerp: v.onderwerp,
      inhoud: v.inhoud ?? "",
      reactie: v.reactie ?? "",
      indicatieContactGelukt: v.indicatieContactGelukt ?? null,
      ...(v.hoofdOnderwerpType ? { hoofdOnderwerpType: v.hoofdOnderwerpType } : {}),
      verdereActieOndernomen: v.verdereActieOndernomen ?? false,
      taal: v.taal,
      vertrouwelijk: v.vertrouwelijk,
      plaatsgevondenOp: v.plaatsgevondenOp ?? new Date().toISOString(),
      metadata: v.metadata ?? {},
    };
    data.klantcontacten.set(uuid, kc);
    return kc;
  }

  function betrokkene(v: Json): Json {
    const uuid = crypto.randomUUID();
    const kc = data.klantcontacten.get(v.hadKlantcontact.uuid);
    const naam = v.contactnaam ? [v.contactnaam.voornaam, v.contactnaam.voorvoegselAchternaam, v.contactnaam.achternaam].filter(Boolean).join(" ") : "";
    const b = {
      uuid,
      url: url("betrokkenen", uuid),
      wasPartij: v.wasPartij ? fk("partijen", v.wasPartij.uuid) : null,
      hadKlantcontact: fk("klantcontacten", v.hadKlantcontact.uuid),
      digitaleAdressen: [] as Json[],
      bezoekadres: null,
      correspondentieadres: null,
      contactnaam: v.contactnaam ?? null,
      volledigeNaam: naam,
      rol: v.rol,
      organisatienaam: v.organisatienaam ?? "",
      initiator: v.initiator,
    };
    data.betrokkenen.set(uuid, b);
    kc?.hadBetrokkenen.push(fk("betrokkenen", uuid));
    return b;
  }

  const api = {
    maakActor(naam: string): string {
      const uuid = crypto.randomUUID();
      data.actoren.set(uuid, { uuid, url: url("actoren", uuid), naam, soortActor: "organisatorische_eenheid", indicatieActief: true });
      return uuid;
    },
    maakContactverzoek(v: Parameters<FakeOpenKlant["maakContactverzoek"]>[0]) {
      const partij = crypto.randomUUID();
      data.partijen.set(partij, { uuid: partij, url: url("partijen", partij), soortPartij: "persoon" });
      const kc = klantcontact({ kanaal: "telefoon", onderwerp: v.onderwerp, inhoud: v.inhoud, taal: "nld", vertrouwelijk: false, indicatieContactGelukt: true });
      const b = betrokkene({ hadKlantcontact: { uuid: kc.uuid }, wasPartij: { uuid: partij }, contactnaam: v.naam ? { voorletters: "", voorvoegselAchternaam: "", ...v.naam } : null, rol: "klant", initiator: true });
      for (const [soort, adres] of [["telefoonnummer", v.telefoon], ["email", v.email]] as const) {
        if (!adres) continue;
        const uuid = crypto.randomUUID();
        data.digitaleadressen.set(uuid, {
          uuid,
          url: url("digitaleadressen", uuid),
          verstrektDoorBetrokkene: fk("betrokkenen", b.uuid),
          verstrektDoorPartij: fk("partijen", partij),
          adres,
          soortDigitaalAdres: soort,
          isStandaardAdres: false,
          omschrijving: "",
          verificatieDatum: null,
        });
        b.digitaleAdressen.push(fk("digitaleadressen", uuid));
      }
      const taak = crypto.randomUUID();
      data.internetaken.set(taak, {
        uuid: taak,
        url: url("internetaken", taak),
        nummer: null,
        referentienummer: ref(),
        gevraagdeHandeling: "Terugbellen",
        aanleidinggevendKlantcontact: fk("klantcontacten", kc.uuid),
        toegewezenAanActor: fk("actoren", v.actor),
        toegewezenAanActoren: [fk("actoren", v.actor)],
        toelichting: v.toelichting ?? "",
        status: "te_verwerken",
        toegewezenOp: new Date().toISOString(),
        afgehandeldOp: null,
      });
      kc.leiddeTotInterneTaken.push(fk("internetaken", taak));
      return { taak, klantcontact: kc.uuid, partij };
    },
    storing(n: number) {
      storingen = n;
    },
    storingOp(operationId: string, n: number) {
      opStoringen.set(operationId, n);
    },
    offline(aan: boolean) {
      uit = aan;
    },
  };

  function pagina(items: Json[], query: Record<string, string>, pad: string): Json {
    const grootte = Math.min(500, Number(query.pageSize ?? 100));
    const nr = Number(query.page ?? 1);
    const deel = items.slice((nr - 1) * grootte, nr * grootte);
    const volgende = nr * grootte < items.length ? `${basis}${pad}?${new URLSearchParams({ ...query, page: String(nr + 1) })}` : null;
    return { count: items.length, next: volgende, previous: nr > 1 ? `${basis}${pad}?${new URLSearchParams({ ...query, page: String(nr - 1) })}` : null, results: deel };
  }

  function behandel(methode: string, sub: string, query: Record<string, string>, body: any, params: string[], operationId: string): [number, unknown] {
    switch (operationId) {
      case "internetakenList": {
        let t = [...data.internetaken.values()];
        if (query.status) t = t.filter((x) => x.status === query.status);
        if (query.toegewezenAanActor__uuid) t = t.filter((x) => x.toegewezenAanActoren.some((a: Json) => a.uuid === query.toegewezenAanActor__uuid));
        return [200, pagina(t, query, sub)];
      }
      case "internetakenRetrieve":
      case "klantcontactenRetrieve":
      case "digitaleadressenRetrieve": {
        const bron = operationId === "internetakenRetrieve" ? data.internetaken : operationId === "klantcontactenRetrieve" ? data.klantcontacten : data.digitaleadressen;
        const x = bron.get(params[0]!);
        return x ? [200, x] : [404, { detail: "Niet gevonden." }];
      }
      case "betrokkenenList": {
        let b = [...data.betrokkenen.values()];
        if (query.hadKlantcontact__uuid) b = b.filter((x) => x.hadKlantcontact.uuid === query.hadKlantcontact__uuid);
        return [200, pagina(b, query, sub)];
      }
      case "klantcontactenCreate":
        return [201, klantcontact(body)];
      case "betrokkenenCreate":
        if (!data.klantcontacten.has(body.hadKlantcontact.uuid)) return [400, { detail: "Klantcontact bestaat niet." }];
        return [201, betrokkene(body)];
      case "actorklantcontactenCreate": {
        if (!data.actoren.has(body.actor.uuid) || !data.klantcontacten.has(body.klantcontact.uuid)) return [400, { detail: "Onbekende actor of klantcontact." }];
        const uuid = crypto.randomUUID();
        const x = { uuid, url: url("actorklantcontacten", uuid), actor: fk("actoren", body.actor.uuid), klantcontact: fk("klantcontacten", body.klantcontact.uuid) };
        data.actorklantcontacten.set(uuid, x);
        data.klantcontacten.get(body.klantcontact.uuid)!.hadBetrokkenActoren.push(data.actoren.get(body.actor.uuid));
        return [201, x];
      }
      case "internetakenPartialUpdate": {
        const t = data.internetaken.get(params[0]!);
        if (!t) return [404, { detail: "Niet gevonden." }];
        Object.assign(t, body);
        return [200, t];
      }
      default:
        return [501, { detail: `${methode} ${sub} zit niet in de nep-Open Klant.` }];
    }
  }

  const server = http.createServer((req, res) => {
    if (uit) {
      req.socket.destroy();
      return;
    }
    let ruw = "";
    req.on("data", (d) => (ruw += d));
    req.on("end", () => {
      try {
        verwerk();
      } catch (e) {
        schendingen.push(`nep-Open Klant faalde: ${e instanceof Error ? e.stack : String(e)}`);
        res.writeHead(500).end();
      }
    });
    const verwerk = () => {
      const u = new URL(req.url!, "http://x");
      const methode = req.method!.toLowerCase();
      const query = Object.fromEntries(u.searchParams);
      const sub = u.pathname.startsWith(BASIS_PAD) ? u.pathname.slice(BASIS_PAD.length) : u.pathname;
      const schend = (m: string) => schendingen.push(`${req.method} ${u.pathname}${u.search}: ${m}`);
      let body: unknown = undefined;
      if (ruw) {
        try {
          body = JSON.parse(ruw);
        } catch {
          schend("body is geen JSON");
        }
      }
      const op = OPERATIES.find((o) => o.regex.test(sub) && o.methodes[methode]);
      const spec_op = op?.methodes[methode] as Json | undefined;
      verzoeken.push({ methode: req.method!, pad: sub, operationId: spec_op?.operationId ?? null, query, body });
      const antwoord = (status: number, inhoud: unknown) => {
        if (spec_op && status < 300) {
          const schema = spec_op.responses?.[String(status)]?.content?.["application/json"]?.schema;
          if (schema) {
            const v = validator("antwoord", schema);
            if (!v(inhoud)) schendingen.push(`ANTWOORD van de nep ${req.method} ${sub}: ${ajv.errorsText(v.errors)}`);
          }
        }
        res.writeHead(status, { "Content-Type": "application/json", "API-version": "0.9.0" }).end(JSON.stringify(inhoud));
      };
      if (!op || !spec_op) {
        schend("deze operatie bestaat niet in Klantinteracties 0.9.0");
        return antwoord(404, { detail: "Niet gevonden." });
      }
      if (!u.pathname.startsWith(BASIS_PAD)) schend(`pad valt buiten ${BASIS_PAD}`);
      if (req.headers.authorization !== `Token ${token}`) {
        return antwoord(401, { detail: "Authenticatiegegevens zijn niet opgegeven of onjuist." });
      }
      const declared = new Map<string, Json>(((spec_op.parameters ?? []) as Json[]).filter((p) => p.in === "query").map((p) => [p.name as string, p]));
      for (const [k, v] of Object.entries(query)) {
        const p = declared.get(k);
        if (!p) {
          schend(`queryparameter ${k} bestaat niet voor ${spec_op.operationId}`);
          continue;
        }
        const schema = p.schema as Json;
        const waarde = schema.type === "integer" ? Number(v) : v;
        const val = validator("verzoek", schema);
        if (!val(waarde)) schend(`queryparameter ${k}=${v}: ${ajv.errorsText(val.errors)}`);
      }
      const params = sub.match(op.regex)!.slice(1);
      for (const [i, naam] of [...op.sjabloon.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).entries()) {
        const p = ((spec_op.parameters ?? []) as Json[]).find((x) => x.in === "path" && x.name === naam);
        if (p && !validator("verzoek", p.schema)(params[i])) schend(`padparameter ${naam}=${params[i]} is ongeldig`);
      }
      const rb = spec_op.requestBody as Json | undefined;
      if (rb) {
        const schema = rb.content?.["application/json"]?.schema;
        if (body === undefined) {
          if (rb.required) schend("body ontbreekt");
        } else if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) {
          schend("Content-Type is geen application/json");
        } else if (schema) {
          const v = validator("verzoek", schema);
          if (!v(body)) schend(`body: ${ajv.errorsText(v.errors)}`);
        }
      } else if (body !== undefined) schend("deze operatie heeft geen body");
      const opStoring = opStoringen.get(spec_op.operationId) ?? 0;
      if (storingen > 0 || opStoring > 0) {
        if (storingen > 0) storingen--;
        else opStoringen.set(spec_op.operationId, opStoring - 1);
        return antwoord(503, { detail: "Tijdelijk niet beschikbaar." });
      }
      const [status, inhoud] = behandel(methode, sub, query, body, params, spec_op.operationId);
      antwoord(status, inhoud);
    };
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASIS_PAD}`;
  return {
    basis,
    token,
    verzoeken,
    schendingen,
    data,
    ...api,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
