import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { GrantStaffRole } from "../../../components/grant-staff-role"
import { usePrivacyStaff, useRevokeStaffRole, type StaffMember } from "../../../hooks/staff"
import { formatDateTime } from "../../../lib/format"
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "../../../lib/staff-roles"

/** Settings → Privacy staff: who may reach customers' personal data through the plugin, and in which role. */
const PrivacyStaffPage = () => {
  const { data, isLoading, error } = usePrivacyStaff()
  const revoke = useRevokeStaffRole()
  const name = (member: StaffMember) => [member.first_name, member.last_name].filter(Boolean).join(" ") || "-"

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Privacy staff</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Only staff whose work needs it reach customers' personal data. {ROLE_LABELS.privacy_officer}:{" "}
          {ROLE_DESCRIPTIONS.privacy_officer} {ROLE_LABELS.privacy_agent}: {ROLE_DESCRIPTIONS.privacy_agent}
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
      {data && (
        <>
          <GrantStaffRole />
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>E-mail</Table.HeaderCell>
                <Table.HeaderCell>Role</Table.HeaderCell>
                <Table.HeaderCell>Granted</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.staff.map((member) => (
                <Table.Row key={member.user_id}>
                  <Table.Cell>{name(member)}</Table.Cell>
                  <Table.Cell>{member.email ?? member.user_id}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={member.role === "privacy_officer" ? "purple" : "blue"}>{ROLE_LABELS[member.role]}</Badge>
                  </Table.Cell>
                  <Table.Cell>{member.from_options ? "By the access.officers option" : formatDateTime(member.granted_at)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {!member.from_options && (
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={`Revoke ${member.email ?? member.user_id}`}
                        isLoading={revoke.isPending && revoke.variables === member.user_id}
                        onClick={() =>
                          revoke.mutate(member.user_id, {
                            onSuccess: () => toast.success("Role revoked"),
                            onError: (failure) => toast.error(failure.message),
                          })
                        }
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Privacy staff" })

export default PrivacyStaffPage
