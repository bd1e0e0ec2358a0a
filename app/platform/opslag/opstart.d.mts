/* eslint-disable @typescript-eslint/no-explicit-any */
export function gereedMarkering(): boolean | undefined;
export function zetGereedMarkering(gereed: boolean): void;
export function opstartPoort(): (
  req: any,
  res: any,
  next: (err?: unknown) => void
) => void;
