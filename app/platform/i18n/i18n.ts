import { nl } from "../../locales/nl";
import { en } from "../../locales/en";

export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];
export const STANDAARD_TAAL: Taal = "nl";

export const resources = { nl, en } as const;
export const namespaces = Object.keys(nl) as (keyof typeof nl)[];

export const i18nConfig = {
  supportedLngs: [...TALEN],
  fallbackLng: STANDAARD_TAAL,
  defaultNS: "common",
  ns: namespaces,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
};
