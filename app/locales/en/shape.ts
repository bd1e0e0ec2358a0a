/** An English dictionary has exactly the keys of its Dutch namespace, every leaf a string. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
