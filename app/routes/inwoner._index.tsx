import type { MetaFunction } from "@remix-run/node";
import { InwonerStart } from "~/features/inwoner/components/start";

export const meta: MetaFunction = () => [{ title: "Contact met de gemeente – Gemeente Voorbeeld" }];

export default function InwonerIndex() {
  return <InwonerStart />;
}
