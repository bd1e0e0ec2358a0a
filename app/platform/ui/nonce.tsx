import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
/** The per-request CSP nonce (empty on the client after hydration, where it is no longer needed). */
export function useNonce(): string {
  return useContext(NonceContext);
}
