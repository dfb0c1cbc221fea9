import { z } from "zod";
import { email, id, text } from "@/lib/validation";
import { STAFF_ROLES } from "@/lib/staff/options";

const roleFields = {
  role: z.enum(STAFF_ROLES),
  partnerOrganisationId: id()
    .optional()
    .transform((v) => v ?? null),
};

// Only facilitators belong to a partner organisation (SPEC §3): the council's own staff and elected
// officials do not.
function partnerForFacilitatorsOnly<
  T extends z.ZodType<{ role: string; partnerOrganisationId: string | null }>,
>(schema: T) {
  return schema.refine((v) => v.role === "FACILITATOR" || !v.partnerOrganisationId, {
    path: ["partnerOrganisationId"],
    message: "validation.partnerForFacilitators",
  });
}

export const createStaffInput = partnerForFacilitatorsOnly(
  z.object({ name: text(100), email: email(), ...roleFields }),
);
export type CreateStaffInput = z.infer<typeof createStaffInput>;

export const changeStaffRoleInput = partnerForFacilitatorsOnly(
  z.object({ membershipId: id(), ...roleFields }),
);
export type ChangeStaffRoleInput = z.infer<typeof changeStaffRoleInput>;

/** Disable, re-enable, resend the invitation: the membership is all they need. */
export const staffMembershipInput = z.object({ membershipId: id() });
export type StaffMembershipInput = z.infer<typeof staffMembershipInput>;
