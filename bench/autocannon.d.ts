// The part of autocannon's API bench/http.ts uses (the package ships no types).
declare module "autocannon" {
  interface Resultaat {
    duration: number;
    errors: number;
    timeouts: number;
  }
  interface Instantie extends PromiseLike<Resultaat> {
    on(event: "response", f: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  }
  function autocannon(opties: {
    url: string;
    connections: number;
    duration: number;
    requests: { setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
  }): Instantie;
  export default autocannon;
}
