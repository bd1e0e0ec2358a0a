/**
 * The profile page body shared by /profiel (the employee) and /team/profielen/:medewerkerId (their own
 * manager): the service profile beside the team median, a server-rendered SVG chart with a table
 * alternative, coaching agreements and notes with reactions. All forms are plain POST forms.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, StatusLabel, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import type { ProfielPaginaData } from "~/features/coaching/profiel.server";
import type { ProfielActieData } from "~/features/coaching/formulieren.server";

type Data = ProfielPaginaData;
type Vergelijking = { waarde: number | null; teamMediaan: number | null };

function Getal({ v, pct }: { v: number | null; pct?: boolean }) {
  const { t } = useTranslation("coaching");
  if (v === null) return <span className="afs-zacht">{t("profiel.geen")}</span>;
  return <>{pct ? `${v}%` : v.toLocaleString("nl-NL")}</>;
}

function Mediaan({ v, pct }: { v: number | null; pct?: boolean }) {
  const { t } = useTranslation("coaching");
  if (v === null) return <span className="afs-zacht">{t("profiel.geenMediaan")}</span>;
  return <>{pct ? `${v}%` : v.toLocaleString("nl-NL")}</>;
}

function Regel({ label, v, pct }: { label: string; v: Vergelijking; pct?: boolean }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <Getal v={v.waarde} pct={pct} />
      </td>
      <td>
        <Mediaan v={v.teamMediaan} pct={pct} />
      </td>
    </tr>
  );
}

/** Bars = the employee's on-time percentage per month; ticks = team median. Decorative duplicate of the table. */
export function TrendGrafiek({ trend, id }: { trend: Data["profiel"]["trend"]; id: string }) {
  const { t } = useTranslation("coaching");
  const B = 640;
  const H = 220;
  const links = 36;
  const onder = 40;
  const boven = 10;
  const hoogte = H - onder - boven;
  const breedte = (B - links - 8) / trend.length;
  const y = (pct: number) => boven + hoogte - (pct / 100) * hoogte;
  return (
    <figure className="coaching-grafiek">
      <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} className="coaching-grafiek__svg">
        <title id={`${id}-titel`}>{t("trend.grafiek")}</title>
        <desc id={`${id}-uitleg`}>{t("trend.grafiekUitleg")}</desc>
        {[0, 50, 100].map((p) => (
          <g key={p}>
            <line x1={links} x2={B - 4} y1={y(p)} y2={y(p)} className="coaching-grafiek__raster" />
            <text x={links - 4} y={y(p) + 4} textAnchor="end" className="coaching-grafiek__as">
              {p}%
            </text>
          </g>
        ))}
        {trend.map((m, i) => {
          const x = links + i * breedte;
          return (
            <g key={m.sleutel}>
              {m.pctOpTijd !== null ? (
                <rect x={x + breedte * 0.2} width={breedte * 0.6} y={y(m.pctOpTijd)} height={Math.max(1, y(0) - y(m.pctOpTijd))} className="coaching-grafiek__staaf" />
              ) : null}
              {m.teamPctOpTijd !== null ? (
                <line
                  x1={x + breedte * 0.1}
                  x2={x + breedte * 0.9}
                  y1={y(m.teamPctOpTijd)}
                  y2={y(m.teamPctOpTijd)}
                  className="coaching-grafiek__mediaan"
                />
              ) : null}
              <text x={x + breedte / 2} y={H - onder + 16} textAnchor="middle" className="coaching-grafiek__as">
                {m.label.split(" ")[0]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="afs-zacht">{t("trend.grafiekUitleg")}</figcaption>
    </figure>
  );
}

export function ProfielFeiten({ d }: { d: Data }) {
  const { t } = useTranslation("coaching");
  const p = d.profiel;
  return (
    <section aria-labelledby="feiten-kop" className="coaching-sectie">
      <h2 id="feiten-kop" className="utrecht-heading-2">
        {t("feiten.titel")}
      </h2>
      <p className="utrecht-paragraph">{t("profiel.periode", p.periode)}</p>
      <p className="utrecht-paragraph afs-zacht">{t("profiel.mediaanUitleg")}</p>
      <div className="afs-tabel-container">
        <table className="afs-tabel utrecht-table">
          <caption>{t("feiten.titel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("feiten.kengetal")}</th>
              <th scope="col">{t("feiten.waarde")}</th>
              <th scope="col">{t("feiten.mediaan")}</th>
            </tr>
          </thead>
          <tbody>
            <Regel label={t("feiten.genomen")} v={p.totaal.genomen} />
            <Regel label={t("feiten.pctOpTijd")} v={p.totaal.pctOpTijd} pct />
            <Regel label={t("feiten.teLaat")} v={p.totaal.teLaat} />
            <Regel label={t("feiten.overdrachtenOpTijd")} v={p.overdrachten.pctOpTijd} pct />
            {p.klachten.beschikbaar ? <Regel label={t("feiten.klachten")} v={p.klachten.beslist} /> : null}
            {p.complimenten.beschikbaar ? <Regel label={t("feiten.complimenten")} v={p.complimenten.aantal} /> : null}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph">
        {t("feiten.overdrachten")}: {p.overdrachten.opgepakt}
      </p>

      <h3 className="utrecht-heading-3">{t("feiten.perNorm")}</h3>
      {p.perNorm.length === 0 ? (
        <p className="utrecht-paragraph">{t("feiten.geenNormen")}</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="afs-tabel utrecht-table">
            <caption>{t("feiten.perNorm")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("feiten.norm")}</th>
                <th scope="col">{t("feiten.genomen")}</th>
                <th scope="col">{t("feiten.opTijd")}</th>
                <th scope="col">{t("feiten.teLaat")}</th>
                <th scope="col">{t("feiten.pctOpTijd")}</th>
                <th scope="col">{t("feiten.mediaan")}</th>
              </tr>
            </thead>
            <tbody>
              {p.perNorm.map((n) => (
                <tr key={n.code}>
                  <th scope="row">{n.titel}</th>
                  <td>{n.genomen}</td>
                  <td>{n.opTijd}</td>
                  <td>{n.teLaat}</td>
                  <td>
                    <Getal v={n.pctOpTijd.waarde} pct />
                  </td>
                  <td>
                    <Mediaan v={n.pctOpTijd.teamMediaan} pct />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 className="utrecht-heading-3">{t("feiten.klachten")}</h3>
      {p.klachten.beschikbaar ? (
        <>
          <p className="utrecht-paragraph afs-zacht">{t("feiten.klachtenUitleg")}</p>
          <div className="afs-tabel-container">
            <table className="afs-tabel utrecht-table">
              <caption>{t("feiten.klachten")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("feiten.oordeel")}</th>
                  <th scope="col">{t("feiten.aantal")}</th>
                </tr>
              </thead>
              <tbody>
                {p.klachten.perOordeel.map((o) => (
                  <tr key={o.oordeel}>
                    <th scope="row">{o.naam}</th>
                    <td>{o.aantal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="utrecht-paragraph">{t("feiten.nogGeenGegevens")}</p>
      )}
      <h3 className="utrecht-heading-3">{t("feiten.complimenten")}</h3>
      {p.complimenten.beschikbaar ? (
        <p className="utrecht-paragraph">
          {t("feiten.complimenten")}: <Getal v={p.complimenten.aantal.waarde} /> ({t("feiten.mediaan")}: <Mediaan v={p.complimenten.aantal.teamMediaan} />)
        </p>
      ) : (
        <p className="utrecht-paragraph">{t("feiten.nogGeenGegevens")}</p>
      )}

      <h3 className="utrecht-heading-3">{t("trend.titel")}</h3>
      <TrendGrafiek trend={p.trend} id="trend" />
      <div className="afs-tabel-container">
        <table className="afs-tabel utrecht-table">
          <caption>{t("trend.titel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trend.maand")}</th>
              <th scope="col">{t("trend.genomen")}</th>
              <th scope="col">{t("trend.pct")}</th>
              <th scope="col">{t("trend.teamPct")}</th>
              <th scope="col">{t("trend.teLaat")}</th>
              <th scope="col">{t("trend.complimenten")}</th>
              <th scope="col">{t("trend.klachten")}</th>
            </tr>
          </thead>
          <tbody>
            {p.trend.map((m) => (
              <tr key={m.sleutel}>
                <th scope="row">{m.label}</th>
                <td>{m.genomen}</td>
                <td>
                  <Getal v={m.pctOpTijd} pct />
                </td>
                <td>
                  <Mediaan v={m.teamPctOpTijd} pct />
                </td>
                <td>{m.teLaat}</td>
                <td>
                  <Getal v={m.complimenten} />
                </td>
                <td>
                  <Getal v={m.klachtenBeslist} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function fout(actie: ProfielActieData | undefined, intent: string, veld: string, doel?: string) {
  if (!actie || actie.ok || actie.intent !== intent || (doel !== undefined && actie.doel !== doel)) return null;
  return actie.fouten[veld] ?? null;
}

function waarde(actie: ProfielActieData | undefined, intent: string, veld: string, doel?: string): string | undefined {
  if (!actie || actie.ok || actie.intent !== intent || (doel !== undefined && actie.doel !== doel)) return undefined;
  return actie.velden[veld];
}

export function Actiemelding({ actie }: { actie: ProfielActieData | undefined }) {
  if (!actie) return null;
  if (actie.ok)
    return (
      <Melding soort="ok">
        <p className="utrecht-paragraph">{actie.melding}</p>
      </Melding>
    );
  if (actie.melding)
    return (
      <Melding soort="fout">
        <p className="utrecht-paragraph">{actie.melding}</p>
      </Melding>
    );
  return null;
}

export function Afspraken({ d, actie, leidinggevende }: { d: Data; actie: ProfielActieData | undefined; leidinggevende: boolean }) {
  const { t } = useTranslation("coaching");
  return (
    <section aria-labelledby="coachingsafspraken" className="coaching-sectie">
      <h2 id="coachingsafspraken" className="utrecht-heading-2">
        {t("afspraken.titel")}
      </h2>
      {!d.termijnbewaking && leidinggevende ? (
        <Melding soort="waarschuwing">
          <p className="utrecht-paragraph">{t("afspraken.geenBewaking")}</p>
        </Melding>
      ) : null}
      {d.afspraken.length === 0 ? (
        <p className="utrecht-paragraph">{t("afspraken.leeg")}</p>
      ) : (
        <ul className="coaching-lijst">
          {d.afspraken.map((a) => (
            <li key={a.id} className="coaching-kaart">
              <p className="utrecht-paragraph coaching-tekst">{a.omschrijving}</p>
              <p className="utrecht-paragraph">
                {a.status === "open" ? (
                  <StatusLabel status={a.teLaat ? "te_laat" : "op_tijd"} />
                ) : (
                  <StatusLabel status="klaar" />
                )}{" "}
                <span>
                  {t(`afspraken.${a.status}`)} · {t("afspraken.uiterlijk", { op: a.termijnTekst })}
                  {a.afgerondTekst ? ` · ${t("afspraken.afgerond", { op: a.afgerondTekst })}` : ""}
                </span>
              </p>
              {leidinggevende && a.status === "open" ? (
                <Form method="post" className="coaching-knoppen">
                  <input type="hidden" name="intent" value="sluit" />
                  <input type="hidden" name="afspraak" value={a.id} />
                  <input type="hidden" name="versie" value={a.versie} />
                  <Knop soort="secundair" name="nieuw" value="nagekomen">
                    {t("afspraken.markeerNagekomen")}
                  </Knop>
                  <Knop soort="subtiel" name="nieuw" value="vervallen">
                    {t("afspraken.markeerVervallen")}
                  </Knop>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {leidinggevende ? (
        <Form method="post" className="coaching-formulier" aria-labelledby="nieuwe-afspraak">
          <h3 id="nieuwe-afspraak" className="utrecht-heading-3">
            {t("afspraken.nieuw")}
          </h3>
          <input type="hidden" name="intent" value="afspraak" />
          <TekstGebied
            id="omschrijving"
            label={t("afspraken.omschrijving")}
            hint={t("afspraken.omschrijvingHint")}
            fout={fout(actie, "afspraak", "omschrijving")}
            defaultValue={waarde(actie, "afspraak", "omschrijving")}
            rows={3}
            maxLength={1000}
          />
          <TekstVeld
            id="termijn"
            type="date"
            label={t("afspraken.termijn")}
            hint={t("afspraken.termijnHint")}
            fout={fout(actie, "afspraak", "termijn")}
            defaultValue={waarde(actie, "afspraak", "termijn")}
          />
          <Knop>{t("afspraken.opslaan")}</Knop>
        </Form>
      ) : null}
    </section>
  );
}

export function Notities({ d, actie, leidinggevende }: { d: Data; actie: ProfielActieData | undefined; leidinggevende: boolean }) {
  const { t } = useTranslation("coaching");
  return (
    <section aria-labelledby="coachingsnotities" className="coaching-sectie">
      <h2 id="coachingsnotities" className="utrecht-heading-2">
        {t("notities.titel")}
      </h2>
      <p className="utrecht-paragraph afs-zacht">{t("notities.bewaartermijn", { maanden: d.bewaartermijn })}</p>
      {leidinggevende ? (
        <Form method="post" className="coaching-formulier" aria-labelledby="nieuwe-notitie">
          <h3 id="nieuwe-notitie" className="utrecht-heading-3">
            {t("notities.nieuw")}
          </h3>
          <input type="hidden" name="intent" value="notitie" />
          <TekstGebied
            id="notitie-tekst"
            name="tekst"
            label={t("notities.tekst")}
            hint={t("notities.tekstHint")}
            fout={fout(actie, "notitie", "tekst")}
            defaultValue={waarde(actie, "notitie", "tekst")}
            rows={5}
            maxLength={4000}
          />
          <Knop>{t("notities.opslaan")}</Knop>
        </Form>
      ) : null}
      {d.notities.length === 0 ? (
        <p className="utrecht-paragraph">{t("notities.leeg")}</p>
      ) : (
        <ul className="coaching-lijst">
          {d.notities.map((n) => (
            <li key={n.id} className="coaching-kaart">
              <article aria-labelledby={`notitie-${n.id}-kop`}>
                <h3 id={`notitie-${n.id}-kop`} className="utrecht-heading-3 coaching-kaart__kop">
                  {t("notities.door", { naam: n.auteurNaam, op: n.opTekst })}
                </h3>
                <p className="utrecht-paragraph coaching-tekst">{n.tekst}</p>
                {n.reacties.length ? (
                  <>
                    <h4 className="utrecht-heading-4">{t("notities.reacties")}</h4>
                    <ul className="coaching-reacties">
                      {n.reacties.map((r) => (
                        <li key={r.id}>
                          <p className="utrecht-paragraph afs-zacht">{t("notities.door", { naam: r.auteurNaam, op: r.opTekst })}</p>
                          <p className="utrecht-paragraph coaching-tekst">{r.tekst}</p>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <Form method="post" className="coaching-formulier">
                  <input type="hidden" name="intent" value="reactie" />
                  <input type="hidden" name="notitie" value={n.id} />
                  <TekstGebied
                    id={`reactie-${n.id}`}
                    name="tekst"
                    label={t("notities.reageer")}
                    fout={fout(actie, "reactie", "tekst", String(n.id))}
                    defaultValue={waarde(actie, "reactie", "tekst", String(n.id))}
                    rows={2}
                    maxLength={2000}
                  />
                  <Knop soort="secundair">{t("notities.reageerKnop")}</Knop>
                </Form>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
