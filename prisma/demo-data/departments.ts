// Invented demo data (SPEC §5): every person, phone number and e-mail address here is made up.
// Phones are fake French mobiles (+33 6 00 00 xx xx); e-mails use example.org / demo.example.
// Place names are real areas so the demo reads true; street addresses and organisations are invented.
import { CALVADOS } from "./calvados.ts";
import { HERAULT } from "./herault.ts";
import type { DepartmentPlan } from "./plans.ts";

export const DEMO_DEPARTMENTS: readonly DepartmentPlan[] = [CALVADOS, HERAULT];
