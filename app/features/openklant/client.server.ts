/**
 * A small client for the VNG Klantinteracties API 0.9.0 as Open Klant serves it (spec:
 * tests/contract/klantinteracties-0.9.0-openapi.yaml): only the calls the connector needs. `basisUrl` is the
 * API root including its path (e.g. https://openklant.gemeente.nl/klantinteracties/api/v1), the token goes in
 * `Authorization: Token <token>` (the spec's tokenAuth). Every failure becomes an OpenKlantFout with a Dutch
 * text for the beheer page; nothing is retried here (the connector decides, with backoff).
 */

export interface ForeignKey {
  uuid: string;
  url?: string;
}

export interface InterneTaak {
  uuid: string;
  url: string;
  nummer?: string | null;
  referentienummer?: string | null;
  gevraagdeHandeling: string;
  aanleidinggevendKlantcontact: ForeignKey;
  toegewezenAanActor?: ForeignKey | null;
  toegewezenAanActoren?: ForeignKey[];
  toelichting?: string;
  status: "te_verwerken" | "verwerkt";
  toegewezenOp: string;
  afgehandeldOp?: string | null;
}

export interface Klantcontact {
  uuid: string;
  url: string;
  kanaal: string;
  onderwerp: string;
  inhoud?: string;
  referentienummer?: string | null;
  nummer?: string | null;
  plaatsgevondenOp?: string;
}

export interface Betrokkene {
  uuid: string;
  wasPartij?: ForeignKey | null;
  hadKlantcontact: ForeignKey;
  digitaleAdressen: ForeignKey[];
  contactnaam?: { voorletters?: string; voornaam?: string; voorvoegselAchternaam?: string; achternaam?: string } | null;
  volledigeNaam?: string;
  rol: string;
  initiator: boolean;
  organisatienaam?: string;
}

export interface DigitaalAdres {
  uuid: string;
  adres: string;
  soortDigitaalAdres: string;
  omschrijving?: string;
}

interface Pagina<T> {
  count: number;
  next?: string | null;
  results: T[];
}

export class OpenKlantFout extends Error {
  constructor(
    message: string,
    public status: number | null,
  ) {
    super(message);
  }
}

export class OpenKlantClient {
  private basis: string;

  constructor(
    basisUrl: string,
    private token: string,
    private fetcher: typeof fetch = fetch,
    private timeoutMs = 15_000,
  ) {
    this.basis = basisUrl.replace(/\/+$/, "");
  }

  private async verzoek<T>(methode: string, pad: string, body?: unknown): Promise<T> {
    const url = pad.startsWith("http") ? pad : `${this.basis}${pad}`;
    let res: Response;
    try {
      res = await this.fetcher(url, {
        method: methode,
        headers: {
          Authorization: `Token ${this.token}`,
          Accept: "application/json",
          ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      throw new OpenKlantFout(`Geen verbinding met Open Klant (${methode} ${pad}): ${e instanceof Error ? e.message : String(e)}`, null);
    }
    const tekst = await res.text();
    if (res.status === 401 || res.status === 403) throw new OpenKlantFout(`Open Klant weigert het token (HTTP ${res.status}). Controleer het token in Beheer → Open Klant.`, res.status);
    if (!res.ok) throw new OpenKlantFout(`Open Klant antwoordde met HTTP ${res.status} op ${methode} ${pad}${tekst ? `: ${tekst.slice(0, 300)}` : ""}`, res.status);
    if (!tekst) return undefined as T;
    try {
      return JSON.parse(tekst) as T;
    } catch {
      throw new OpenKlantFout(`Open Klant stuurde geen JSON terug op ${methode} ${pad}.`, res.status);
    }
  }

  /** All tasks `te_verwerken` assigned to an actor (all pages). */
  async openTaken(actorUuid: string): Promise<InterneTaak[]> {
    const uit: InterneTaak[] = [];
    const q = new URLSearchParams({ status: "te_verwerken", toegewezenAanActor__uuid: actorUuid, pageSize: "100" });
    let volgende: string | null = `/internetaken?${q}`;
    for (let i = 0; volgende && i < 50; i++) {
      const p: Pagina<InterneTaak> = await this.verzoek<Pagina<InterneTaak>>("GET", volgende);
      uit.push(...p.results);
      volgende = p.next ?? null;
    }
    return uit;
  }

  taak(uuid: string): Promise<InterneTaak> {
    return this.verzoek("GET", `/internetaken/${encodeURIComponent(uuid)}`);
  }

  klantcontact(uuid: string): Promise<Klantcontact> {
    return this.verzoek("GET", `/klantcontacten/${encodeURIComponent(uuid)}`);
  }

  async betrokkenen(klantcontactUuid: string): Promise<Betrokkene[]> {
    const p = await this.verzoek<Pagina<Betrokkene>>("GET", `/betrokkenen?${new URLSearchParams({ hadKlantcontact__uuid: klantcontactUuid })}`);
    return p.results;
  }

  digitaalAdres(uuid: string): Promise<DigitaalAdres> {
    return this.verzoek("GET", `/digitaleadressen/${encodeURIComponent(uuid)}`);
  }

  maakKlantcontact(body: Record<string, unknown>): Promise<Klantcontact> {
    return this.verzoek("POST", "/klantcontacten", body);
  }

  maakBetrokkene(body: Record<string, unknown>): Promise<Betrokkene> {
    return this.verzoek("POST", "/betrokkenen", body);
  }

  maakActorKlantcontact(body: Record<string, unknown>): Promise<unknown> {
    return this.verzoek("POST", "/actorklantcontacten", body);
  }

  werkTaakBij(uuid: string, body: Record<string, unknown>): Promise<InterneTaak> {
    return this.verzoek("PATCH", `/internetaken/${encodeURIComponent(uuid)}`, body);
  }
}
