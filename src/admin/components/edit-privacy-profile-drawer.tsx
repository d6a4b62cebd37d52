import { Button, Drawer, Input, Label, Select, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useUpdatePrivacyProfile } from "../hooks/privacy-profile"
import { useMyPrivacyRole } from "../hooks/staff"
import { humanize, languageName } from "../lib/format"
import {
  CUSTOMER_SOURCES,
  GENDERS,
  type CustomerSource,
  type Gender,
  type PrivacyProfile,
  type PrivacyProfileUpdate,
} from "../lib/types"

const UNSET = "__unset__"

type Props = {
  profile: PrivacyProfile
  languages: string[]
}

export const EditPrivacyProfileDrawer = ({ profile, languages }: Props) => {
  const [open, setOpen] = useState(false)
  // Rectification is an officer's; an agent reads the profile.
  const { isOfficer } = useMyPrivacyRole()
  const [language, setLanguage] = useState(profile.language)
  const [gender, setGender] = useState<string>(profile.gender ?? UNSET)
  const [homepage, setHomepage] = useState(profile.homepage_url ?? "")
  const [source, setSource] = useState<CustomerSource>(profile.source)
  const update = useUpdatePrivacyProfile(profile.customer_id)

  useEffect(() => {
    if (open) {
      setLanguage(profile.language)
      setGender(profile.gender ?? UNSET)
      setHomepage(profile.homepage_url ?? "")
      setSource(profile.source)
    }
  }, [open, profile])

  const save = () => {
    // Only what staff changed is sent: an untouched field never blocks a save.
    const next: PrivacyProfileUpdate = {}
    if (language !== profile.language) next.language = language
    const nextGender = gender === UNSET ? null : (gender as Gender)
    if (nextGender !== profile.gender) next.gender = nextGender
    const nextHomepage = homepage.trim() ? homepage.trim() : null
    if (nextHomepage !== profile.homepage_url) next.homepage_url = nextHomepage
    if (source !== profile.source) next.source = source
    if (!Object.keys(next).length) {
      setOpen(false)
      return
    }
    update.mutate(
      next,
      {
        onSuccess: () => {
          toast.success("Privacy profile saved")
          setOpen(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small" disabled={!isOfficer} title={isOfficer ? undefined : "Needs the privacy_officer role"}>
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Edit privacy profile</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="privacy-language">Language</Label>
            <Select value={language} onValueChange={setLanguage}>
              <Select.Trigger id="privacy-language">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {languages.map((tag) => (
                  <Select.Item key={tag} value={tag}>
                    {languageName(tag)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="privacy-gender">Gender</Label>
            <Select value={gender} onValueChange={setGender}>
              <Select.Trigger id="privacy-gender">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={UNSET}>Not recorded</Select.Item>
                {GENDERS.map((value) => (
                  <Select.Item key={value} value={value}>
                    {humanize(value)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="privacy-homepage">Homepage</Label>
            <Input
              id="privacy-homepage"
              type="url"
              placeholder="https://"
              value={homepage}
              onChange={(event) => setHomepage(event.target.value)}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="privacy-source">Source</Label>
            <Select value={source} onValueChange={(value) => setSource(value as CustomerSource)}>
              <Select.Trigger id="privacy-source">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {CUSTOMER_SOURCES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {humanize(value)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={update.isPending}>
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
