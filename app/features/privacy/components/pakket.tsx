/** The inzage package as a readable, printable page: every section of pakket.server.ts, in plain Dutch. */
import type { ReactNode } from "react";
import type { AfspraakRecord, Pakket } from "../pakket.server";
import { formatDatumTijd } from "~/domain/kalender/format";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/;

/** "2026-12-03T14:05:00+01:00" → "donderdag 3 december 2026, 14:05" (the JSON keeps the ISO form). */
function d(iso: string | null | undefined): string {
  if (!iso) return "–";
  const t = Date.parse(iso);
  return Number.isFinite(t) ? formatDatumTijd(t) : iso;
}

const LABELS: Record<string, string> = {
  burger: "Contactgegevens",
  vraag: "Vraag",
  alGedaan: "Wat al was gezegd en gedaan",
  kanaal: "Kanaal",
  pogingen: "Belpogingen",
  uitkomst: "Uitkomst",
  notitie: "Notitie",
  op: "Moment",
  informatie: "Hoe u werd geïnformeerd",
  contactpersoon: "Contactpersoon",
  vervolgstap: "Vervolgstap",
  hoe: "Hoe",
  afgesprokenOp: "Afgesproken moment",
  afgesprokenReden: "Reden",
  oudeNummers: "Eerdere telefoonnummers",
  omschrijving: "Omschrijving",
  klager_naam: "Naam",
  klager_email: "E-mail",
  klager_telefoon: "Telefoon",
  klager_adres: "Adres",
  klager_postcode: "Postcode",
  klager_woonplaats: "Woonplaats",
  klager_voorkeur_kanaal: "Bericht graag via",
  schriftelijk: "Schriftelijk ingediend",
  gedraging_datum: "Datum van de gedraging",
  ontvangst_bevestigd_op: "Ontvangst bevestigd",
  conclusie_op: "Conclusie",
  vernietigingsdatum: "Wordt vernietigd op",
};

function label(k: string): string {
  if (LABELS[k]) return LABELS[k]!;
  const w = k.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function Sectie({ id, titel, aantal, children }: { id: string; titel: string; aantal: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="pv-sectie" data-sectie={id}>
      <h2 id={id} className="utrecht-heading-2">
        {titel} ({aantal})
      </h2>
      {aantal === 0 ? <p className="utrecht-paragraph">Geen.</p> : children}
    </section>
  );
}

function Waarde({ v }: { v: unknown }) {
  if (v === null || v === undefined || v === "") return <>–</>;
  if (Array.isArray(v))
    return v.length ? (
      <ul className="utrecht-unordered-list">
        {v.map((x, i) => (
          <li key={i}>
            <Waarde v={x} />
          </li>
        ))}
      </ul>
    ) : (
      <>–</>
    );
  if (typeof v === "object")
    return (
      <dl className="pv-velden">
        {Object.entries(v as Record<string, unknown>).map(([k, w]) => (
          <div key={k}>
            <dt>{label(k)}</dt>
            <dd>
              <Waarde v={w} />
            </dd>
          </div>
        ))}
      </dl>
    );
  if (typeof v === "boolean") return <>{v ? "ja" : "nee"}</>;
  if (typeof v === "string" && ISO.test(v)) return <>{d(v)}</>;
  return <span className="afs-witruimte">{String(v)}</span>;
}

function AfspraakBlok({ a, extra }: { a: AfspraakRecord; extra?: ReactNode }) {
  return (
    <article className="pv-record" data-kenmerk={a.kenmerk}>
      <h3 className="utrecht-heading-3">
        {a.titel} — kenmerk {a.kenmerk.slice(0, 8)}
      </h3>
      <p className="utrecht-paragraph">
        Vastgelegd {d(a.vastgelegdOp)}
        {a.kanaal ? ` via ${a.kanaal}` : ""} · status {a.status}
        {a.geslotenOp ? ` · gesloten ${d(a.geslotenOp)}` : ""}
        {a.behandeldDoor ? ` · behandeld door: ${a.behandeldDoor}` : ""}
      </p>
      <h4 className="utrecht-heading-4">Vastgelegde gegevens</h4>
      <Waarde v={a.gegevens} />
      {extra}
      <h4 className="utrecht-heading-4">Verloop</h4>
      <ol className="utrecht-ordered-list">
        {a.geschiedenis.map((g, i) => (
          <li key={i}>
            {d(g.op)}: {g.stap}
            {g.van ? ` (${g.van} → ${g.naar})` : ` (${g.naar})`} — {g.door}
          </li>
        ))}
      </ol>
    </article>
  );
}

export function InzagePakket({ p, sha256 }: { p: Pakket; sha256: string }) {
  return (
    <div className="pv-pakket">
      <p className="utrecht-paragraph">
        {p.verantwoordelijke} · {p.verzoek.soort}, ontvangen {d(p.verzoek.ontvangenOp)} · samengesteld {d(p.gemaaktOp)}
      </p>
      {p.toelichting.map((t, i) => (
        <p className="utrecht-paragraph" key={i}>
          {t}
        </p>
      ))}

      <Sectie id="inwoner" titel="Uw contactgegevens" aantal={1}>
        <dl className="pv-velden">
          <div><dt>Naam</dt><dd>{p.inwoner.naam ?? "–"}</dd></div>
          <div><dt>Telefoon</dt><dd>{p.inwoner.telefoon ?? "–"}</dd></div>
          <div><dt>E-mail</dt><dd>{p.inwoner.email ?? "–"}</dd></div>
          <div><dt>Vastgelegd</dt><dd>{d(p.inwoner.vastgelegdOp)}</dd></div>
          <div><dt>Laatst gewijzigd</dt><dd>{d(p.inwoner.gewijzigdOp)}</dd></div>
        </dl>
        {p.rectificaties.length ? (
          <>
            <h3 className="utrecht-heading-3">Verbeteringen</h3>
            <ul className="utrecht-unordered-list">
              {p.rectificaties.map((r, i) => (
                <li key={i}>
                  {d(r.op)}: {r.veld} van “{r.oudeWaarde ?? "–"}” naar “{r.nieuweWaarde ?? "–"}” ({r.reden})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {p.beperkingen.length ? (
          <>
            <h3 className="utrecht-heading-3">Beperkingen van de verwerking</h3>
            <ul className="utrecht-unordered-list">
              {p.beperkingen.map((b, i) => (
                <li key={i}>
                  sinds {d(b.sinds)}: {b.reden}
                  {b.opgeheven ? `; opgeheven ${d(b.opgeheven)}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Sectie>

      <Sectie id="terugbelafspraken" titel="Terugbelafspraken" aantal={p.terugbelafspraken.length}>
        {p.terugbelafspraken.map((a) => <AfspraakBlok key={a.kenmerk} a={a} />)}
      </Sectie>

      <Sectie id="overdrachten" titel="Warme overdrachten" aantal={p.overdrachten.length}>
        {p.overdrachten.map((a) => <AfspraakBlok key={a.kenmerk} a={a} />)}
      </Sectie>

      <Sectie id="klachten" titel="Klachten" aantal={p.klachten.length}>
        {p.klachten.map((k) => (
          <AfspraakBlok
            key={k.kenmerk}
            a={k}
            extra={
              k.dossier ? (
                <>
                  <h4 className="utrecht-heading-4">Klachtdossier {k.dossier.nummer}</h4>
                  <Waarde v={k.dossier.gegevens} />
                  <h4 className="utrecht-heading-4">Brieven ({k.dossier.brieven.length})</h4>
                  {k.dossier.brieven.map((b, i) => (
                    <div className="pv-brief" key={i} data-brief={b.soort}>
                      <p className="utrecht-paragraph">
                        <strong>{b.onderwerp}</strong> — {b.soort}, aan {b.aan}, {d(b.op)} ({b.door})
                      </p>
                      <pre className="pv-tekst">{b.tekst}</pre>
                    </div>
                  ))}
                  <h4 className="utrecht-heading-4">Bijlagen ({k.dossier.bijlagen.length})</h4>
                  <ul className="utrecht-unordered-list">
                    {k.dossier.bijlagen.map((b, i) => (
                      <li key={i} data-bijlage={b.naam}>
                        {b.naam} ({b.type}, {Math.max(1, Math.round(b.grootte / 1024))} kB, {d(b.op)})
                      </li>
                    ))}
                  </ul>
                  {k.dossier.notities.length ? (
                    <>
                      <h4 className="utrecht-heading-4">Notities</h4>
                      <ul className="utrecht-unordered-list">
                        {k.dossier.notities.map((n, i) => (
                          <li key={i}>
                            {d(n.op)} ({n.door}): {n.tekst}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              ) : null
            }
          />
        ))}
      </Sectie>

      <Sectie id="feedback" titel="Complimenten en suggesties" aantal={p.feedback.length}>
        <ul className="utrecht-unordered-list">
          {p.feedback.map((f, i) => (
            <li key={i} data-feedback={f.soort}>
              {d(f.op)} · {f.soort} via {f.kanaal} ({f.status}): {f.tekst}
              {f.gevondenOp === "naam" ? " — gevonden op naam: controleer vóór verzending of dit van deze inwoner is." : ""}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="berichten" titel="Berichten die wij u stuurden" aantal={p.berichten.length}>
        {p.berichten.map((m, i) => (
          <div className="pv-brief" key={i} data-bericht={m.soort}>
            <p className="utrecht-paragraph">
              <strong>{m.onderwerp}</strong> — {m.kanaal} aan {m.aan}, {m.verzondenOp ? `verzonden ${d(m.verzondenOp)}` : `aangemaakt ${d(m.aangemaaktOp)} (${m.status})`}
            </p>
            <pre className="pv-tekst">{m.tekst}</pre>
          </div>
        ))}
      </Sectie>

      <Sectie id="tevredenheid" titel="Uw antwoorden op onze tevredenheidsvraag" aantal={p.tevredenheid.length}>
        <ul className="utrecht-unordered-list">
          {p.tevredenheid.map((k, i) => (
            <li key={i}>
              {d(k.beantwoordOp)} · {k.soort}: score {k.score ?? "–"}
              {k.opmerking ? ` — “${k.opmerking}”` : ""}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="privacyverzoeken" titel="Uw privacyverzoeken" aantal={p.privacyverzoeken.length}>
        {p.privacyverzoeken.map((a) => <AfspraakBlok key={a.kenmerk} a={a} />)}
      </Sectie>

      {p.overigeAfspraken.length ? (
        <Sectie id="overige" titel="Andere afspraken" aantal={p.overigeAfspraken.length}>
          {p.overigeAfspraken.map((a) => <AfspraakBlok key={a.kenmerk} a={a} />)}
        </Sectie>
      ) : null}

      <Sectie id="audit" titel="Wie uw gegevens bekeek of wijzigde" aantal={p.audit.length}>
        <table className="utrecht-table afs-tabel">
          <caption className="utrecht-table__caption">Inzage en wijzigingen, met functie en team van de medewerker</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Wanneer</th>
              <th className="utrecht-table__header-cell" scope="col">Wat</th>
              <th className="utrecht-table__header-cell" scope="col">Waarvan</th>
              <th className="utrecht-table__header-cell" scope="col">Door (functie, team)</th>
              <th className="utrecht-table__header-cell" scope="col">Resultaat</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {p.audit.map((r, i) => (
              <tr className="utrecht-table__row" key={i} data-actie={r.actie}>
                <td className="utrecht-table__cell">{d(r.op)}</td>
                <td className="utrecht-table__cell">{r.handeling}</td>
                <td className="utrecht-table__cell">{r.object}</td>
                <td className="utrecht-table__cell">{r.door}</td>
                <td className="utrecht-table__cell">{r.resultaat}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Sectie>

      <p className="utrecht-paragraph pv-voet">
        Controlegetal (SHA-256 van de JSON-versie van dit overzicht): <code>{sha256}</code>
      </p>
    </div>
  );
}
