/**
 * The hearing moment's local date/time conversion on the two daylight-saving Sundays (issue 17: "start of day"
 * was end of day minus 24 hours, an hour off on 23- and 25-hour days), and the hearing rules on a calendar
 * with the default office hours.
 */
import { describe, expect, it } from "vitest";
import { maakKalenders } from "../../../app/domain/kalender";
import { hoorMelding, laatsteHoorDag, leesLokaalMoment, toetsHoormoment } from "../../../app/features/klachten/hoormoment";
import { eindeVanIsoDag } from "../../../app/features/coaching/rekenregels";
import { dagVanIso } from "../../../app/domain/kalender/tijd";

const org = maakKalenders().organisatie;

describe("leesLokaalMoment across daylight saving", () => {
  it("last Sunday of March 2026 (23 hours): before, in and after the jump", () => {
    expect(leesLokaalMoment("2026-03-29T00:00")).toBe(Date.UTC(2026, 2, 28, 23, 0)); // 00:00 CET
    expect(leesLokaalMoment("2026-03-29T01:30")).toBe(Date.UTC(2026, 2, 29, 0, 30)); // 01:30 CET
    expect(leesLokaalMoment("2026-03-29T02:30")).toBe(Date.UTC(2026, 2, 29, 1, 30)); // does not exist → 03:30 CEST
    expect(leesLokaalMoment("2026-03-29T03:00")).toBe(Date.UTC(2026, 2, 29, 1, 0)); // 03:00 CEST
    expect(leesLokaalMoment("2026-03-29T10:00")).toBe(Date.UTC(2026, 2, 29, 8, 0));
    expect(leesLokaalMoment("2026-03-29")).toBe(Date.UTC(2026, 2, 29, 10, 0)); // a date alone: 12:00 CEST
  });

  it("last Sunday of October 2026 (25 hours): the doubled hour is the first, CEST", () => {
    expect(leesLokaalMoment("2026-10-25T00:00")).toBe(Date.UTC(2026, 9, 24, 22, 0)); // 00:00 CEST
    expect(leesLokaalMoment("2026-10-25T01:30")).toBe(Date.UTC(2026, 9, 24, 23, 30)); // 01:30 CEST
    expect(leesLokaalMoment("2026-10-25T02:30")).toBe(Date.UTC(2026, 9, 25, 0, 30)); // first 02:30 (CEST)
    expect(leesLokaalMoment("2026-10-25T03:00")).toBe(Date.UTC(2026, 9, 25, 2, 0)); // 03:00 CET
    expect(leesLokaalMoment("2026-10-25T23:59")).toBe(Date.UTC(2026, 9, 25, 22, 59));
    expect(leesLokaalMoment("2026-10-25")).toBe(Date.UTC(2026, 9, 25, 11, 0)); // 12:00 CET
  });

  it("the Monday after each change is an ordinary working day at 09:00 local", () => {
    expect(leesLokaalMoment("2026-03-30T09:00")).toBe(Date.UTC(2026, 2, 30, 7, 0));
    expect(leesLokaalMoment("2026-10-26T09:00")).toBe(Date.UTC(2026, 9, 26, 8, 0));
  });

  it("refuses what is not a date and time", () => {
    for (const x of ["", "2026-02-30T10:00", "2026-03-29T24:00", "2026-03-29T10:60", "29-03-2026 10:00", "2026-03-29T10"]) expect(leesLokaalMoment(x)).toBeNull();
  });
});

describe("end of a local day (coaching periods) across daylight saving", () => {
  it("is 23:59:59.999 local on both Sundays", () => {
    expect(eindeVanIsoDag(2026, 3, 29)).toBe(Date.UTC(2026, 2, 29, 21, 59, 59, 999)); // CEST
    expect(eindeVanIsoDag(2026, 10, 25)).toBe(Date.UTC(2026, 9, 25, 22, 59, 59, 999)); // CET
    expect(eindeVanIsoDag(2026, 10, 24)).toBe(Date.UTC(2026, 9, 24, 21, 59, 59, 999));
  });
});

describe("toetsHoormoment (default calendar, Mon–Fri 08:30–17:00)", () => {
  const termijn = Date.UTC(2026, 3, 30, 21, 59, 59); // do 30 april 2026 23:59:59 CEST
  it("accepts office hours on a working day and refuses Sunday, King's Day, night and after the term", () => {
    expect(toetsHoormoment(org, leesLokaalMoment("2026-03-30T08:30")!, termijn)).toBeNull();
    expect(toetsHoormoment(org, leesLokaalMoment("2026-03-30T16:30")!, termijn)).toBeNull();
    expect(toetsHoormoment(org, leesLokaalMoment("2026-03-29T10:00")!, termijn)?.reden).toBe("geen_werkdag");
    const koningsdag = toetsHoormoment(org, leesLokaalMoment("2026-04-27T10:00")!, termijn);
    expect(koningsdag).toMatchObject({ reden: "geen_werkdag", feestdag: "koningsdag" });
    expect(hoorMelding(koningsdag!, "en")).toContain("is a public holiday (King's Day)");
    expect(toetsHoormoment(org, leesLokaalMoment("2026-03-30T16:31")!, termijn)?.reden).toBe("buiten_kantoortijd");
    expect(toetsHoormoment(org, leesLokaalMoment("2026-05-01T10:00")!, termijn)?.reden).toBe("na_termijn");
  });

  it("the last possible day skips a weekend and a holiday before the term's end", () => {
    // term ending Monday 6 April 2026 (Easter Monday) at 23:59 → Friday 3 April (Good Friday is a working day for municipalities)
    expect(laatsteHoorDag(org, Date.UTC(2026, 3, 6, 21, 59, 59))).toBe(dagVanIso("2026-04-03"));
    // a term ending at 08:00 on a Tuesday: that day's office hours have not begun, so Monday
    expect(laatsteHoorDag(org, Date.UTC(2026, 2, 31, 6, 0))).toBe(dagVanIso("2026-03-30"));
  });
});
