/**
 * Letter templates for klachten (beheer): the four templates with their version and last change.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { alleSjablonen, BRIEF_SOORTEN, BRIEF_TITEL, type BriefSoort } from "~/features/klachten/brieven.server";
import { formatDatumTijd } from "~/domain/kalender/format";
import css from "~/styles/klachten.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Briefsjablonen – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "beheer");
  const opgeslagen = new URL(request.url).searchParams.get("opgeslagen");
  return data({
    sjablonen: alleSjablonen().map((s) => ({ soort: s.soort, titel: s.titel, onderwerp: s.onderwerp, versie: s.versie, gewijzigdOp: s.gewijzigdOp })),
    // the title is looked up here: *.server modules are not in the browser bundle
    opgeslagen: (BRIEF_SOORTEN as readonly string[]).includes(opgeslagen ?? "") ? BRIEF_TITEL[opgeslagen as BriefSoort] : null,
  });
}

export default function Briefsjablonen() {
  const { sjablonen, opgeslagen } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro="De vaste teksten van de brieven bij klachten. Samenvoegvelden zoals {{klager.naam}} worden bij het opstellen van een brief ingevuld; een brief die al is verstuurd verandert niet meer.">
        Briefsjablonen
      </PageTitle>
      {opgeslagen ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">Het sjabloon „{opgeslagen}” is opgeslagen.</p>
        </Melding>
      ) : null}
      <table className="kl-tabel">
        <caption className="afs-sr">Briefsjablonen</caption>
        <thead>
          <tr>
            <th scope="col">Brief</th>
            <th scope="col">Onderwerp</th>
            <th scope="col">Versie</th>
            <th scope="col">Laatst gewijzigd</th>
          </tr>
        </thead>
        <tbody>
          {sjablonen.map((s) => (
            <tr key={s.soort}>
              <td>
                <Link to={`/beheer/brieven/${s.soort}`} className="utrecht-link">
                  {s.titel}
                </Link>
              </td>
              <td>{s.onderwerp}</td>
              <td>{s.versie === 0 ? "Standaardtekst" : s.versie}</td>
              <td>{s.gewijzigdOp ? formatDatumTijd(s.gewijzigdOp) : "Nooit"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="utrecht-paragraph">
        <Link to="/beheer" className="utrecht-link">
          Terug naar beheer
        </Link>
      </p>
    </>
  );
}
