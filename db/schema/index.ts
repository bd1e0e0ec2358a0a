export * from "./organisatie";
export * from "./auth";
export * from "./audit";
export * from "./handvest";
export * from "./kalender";
