import { matchLanguage } from "../lib/language-match"

/** The page behind the link that confirms a request from the public form. */
export type VerifyPageTexts = { title: string; question: (shop: string) => string; button: string; done: (reference: string) => string; invalid: string }

const TEXTS: Record<"en" | "nb" | "fi" | "sv", VerifyPageTexts> = {
  en: {
    title: "Confirm your request",
    question: (shop) => `Do you confirm that you made this request about your personal data to ${shop}?`,
    button: "Yes, I made this request",
    done: (reference) => `Thank you. Your request ${reference} is confirmed, and we will answer it by e-mail.`,
    invalid: "This link is not valid, has expired, or the request was already confirmed.",
  },
  nb: {
    title: "Bekreft henvendelsen din",
    question: (shop) => `Bekrefter du at det var du som sendte denne henvendelsen om personopplysningene dine til ${shop}?`,
    button: "Ja, det var meg",
    done: (reference) => `Takk. Henvendelsen din ${reference} er bekreftet, og vi svarer deg på e-post.`,
    invalid: "Denne lenken er ikke gyldig, er utløpt, eller henvendelsen er allerede bekreftet.",
  },
  fi: {
    title: "Vahvista pyyntösi",
    question: (shop) => `Vahvistatko, että lähetit tämän henkilötietojasi koskevan pyynnön yritykselle ${shop}?`,
    button: "Kyllä, lähetin pyynnön",
    done: (reference) => `Kiitos. Pyyntösi ${reference} on vahvistettu, ja vastaamme siihen sähköpostitse.`,
    invalid: "Linkki ei ole voimassa, se on vanhentunut tai pyyntö on jo vahvistettu.",
  },
  sv: {
    title: "Bekräfta din begäran",
    question: (shop) => `Bekräftar du att det var du som skickade denna begäran om dina personuppgifter till ${shop}?`,
    button: "Ja, det var jag",
    done: (reference) => `Tack. Din begäran ${reference} är bekräftad, och vi svarar dig per e-post.`,
    invalid: "Länken är inte giltig, har gått ut eller så är begäran redan bekräftad.",
  },
}

export function verifyPageTextsFor(language: string): VerifyPageTexts {
  return TEXTS[matchLanguage(Object.keys(TEXTS), language) as keyof typeof TEXTS] ?? TEXTS.en
}
