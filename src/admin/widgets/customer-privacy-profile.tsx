import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { EditPrivacyProfileDrawer } from "../components/edit-privacy-profile-drawer"
import { PrivacyAccessSection } from "../components/privacy-access-section"
import { PrivacyDisclosuresSection } from "../components/privacy-disclosures-section"
import { PrivacyErasureSection } from "../components/privacy-erasure-section"
import { PrivacyExportsSection } from "../components/privacy-exports-section"
import { PrivacyRequestsSection } from "../components/privacy-requests-section"
import { SectionRow } from "../components/section-row"
import { usePrivacyProfile } from "../hooks/privacy-profile"
import { formatDateTime, humanize, isHttpUrl, languageName } from "../lib/format"

const CustomerPrivacyProfileWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, error } = usePrivacyProfile(customer.id)
  const profile = data?.privacy_profile

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Privacy profile</Heading>
          {profile && <Badge size="2xsmall">{profile.customer_number}</Badge>}
        </div>
        {profile && data && <EditPrivacyProfileDrawer profile={profile} languages={data.available_languages} />}
      </div>
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {profile && (
        <>
          <SectionRow title="Customer number" value={profile.customer_number} />
          <SectionRow title="Language" value={languageName(profile.language)} />
          <SectionRow title="Gender" value={profile.gender ? humanize(profile.gender) : "Not recorded"} />
          <SectionRow
            title="Homepage"
            value={
              profile.homepage_url && isHttpUrl(profile.homepage_url) ? (
                <a
                  href={profile.homepage_url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {profile.homepage_url}
                </a>
              ) : (
                profile.homepage_url ?? "-"
              )
            }
          />
          <SectionRow title="Source" value={humanize(profile.source)} />
          <SectionRow title="Last activity" value={formatDateTime(profile.last_activity_at)} />
          <PrivacyExportsSection
            customerId={customer.id}
            languages={data!.available_languages}
            defaultLanguage={profile.language}
          />
          <PrivacyRequestsSection customerId={customer.id} />
          <PrivacyDisclosuresSection customerId={customer.id} />
          <PrivacyErasureSection customerId={customer.id} />
          <PrivacyAccessSection customerId={customer.id} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerPrivacyProfileWidget
