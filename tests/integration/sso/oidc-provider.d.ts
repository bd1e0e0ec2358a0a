// oidc-provider ships no type declarations; the test provider uses it as its documentation describes.
declare module "oidc-provider" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: any;
  export default Provider;
}
