import { MedusaError } from "@medusajs/framework/utils"
import { type CalendarDate, addDays, weekday, ymd } from "./calendar-date"
import { easterSunday } from "./easter"

/** The controllers' states whose calendars the deadline rules know (legal-facts: Deadlines for requests). */
export const DEADLINE_COUNTRIES = ["FI", "NO", "SE", "DK"] as const
export type DeadlineCountry = (typeof DEADLINE_COUNTRIES)[number]
/**
 * A controller elsewhere in the EEA, whose public holidays the plugin does not
 * compute: only Saturdays and Sundays move a due date (a shop there should
 * check holiday deadlines itself).
 */
export const WEEKENDS_ONLY = "weekends_only"
export type DeadlineCalendar = DeadlineCountry | typeof WEEKENDS_ONLY

export type Holiday = {
  date: CalendarDate
  /** English name, also the reason a due date gives when it moves off this day. */
  name: string
  localName: string
  /**
   * `public_holiday`: a holiday by the country's holiday law. `closed_for_periods`:
   * not a holiday, but the country's law on computing time limits lets a period
   * that ends on it run to the next working day (Swedish and Finnish eves).
   */
  kind: "public_holiday" | "closed_for_periods"
}

type Rule = (year: number, easter: (offset: number) => CalendarDate) => Omit<Holiday, "kind"> & { kind?: Holiday["kind"] }

const fixed = (month: number, day: number, name: string, localName: string): Rule => (year) => ({ date: ymd(year, month, day), name, localName })
const movable = (offset: number, name: string, localName: string): Rule => (_year, easter) => ({ date: easter(offset), name, localName })
/** The given weekday (0 = Sunday) on or after the first day of a seven-day window. */
const weekdayFrom = (month: number, firstDay: number, wanted: number, name: string, localName: string): Rule => (year) => {
  const first = ymd(year, month, firstDay)
  return { date: addDays(first, (wanted - weekday(first) + 7) % 7), name, localName }
}
const eve = (rule: Rule): Rule => (year, easter) => ({ ...rule(year, easter), kind: "closed_for_periods" })

const SATURDAY = 6
const FRIDAY = 5

/**
 * Finland. The church feasts as the Church Act and Church Order fix them;
 * Independence Day and May Day by their own acts. Epiphany and Ascension are
 * on their own dates again since 1992, Midsummer Day and All Saints' Day on
 * Saturdays since 1955 (verify the years). Act 150/1930 (laki säädettyjen
 * määräaikain laskemisesta) § 5: a period ending on a holiday, Independence
 * Day, May Day, Christmas Eve, Midsummer Eve or a Saturday runs to the next
 * working day, hence the two eves.
 */
const FINLAND: Rule[] = [
  fixed(1, 1, "New Year's Day", "Uudenvuodenpäivä"),
  fixed(1, 6, "Epiphany", "Loppiainen"),
  movable(-2, "Good Friday", "Pitkäperjantai"),
  movable(0, "Easter Sunday", "Pääsiäispäivä"),
  movable(1, "Easter Monday", "2. pääsiäispäivä"),
  fixed(5, 1, "May Day", "Vapunpäivä"),
  movable(39, "Ascension Day", "Helatorstai"),
  movable(49, "Whit Sunday", "Helluntaipäivä"),
  eve(weekdayFrom(6, 19, FRIDAY, "Midsummer Eve", "Juhannusaatto")),
  weekdayFrom(6, 20, SATURDAY, "Midsummer Day", "Juhannuspäivä"),
  weekdayFrom(10, 31, SATURDAY, "All Saints' Day", "Pyhäinpäivä"),
  fixed(12, 6, "Independence Day", "Itsenäisyyspäivä"),
  eve(fixed(12, 24, "Christmas Eve", "Jouluaatto")),
  fixed(12, 25, "Christmas Day", "Joulupäivä"),
  fixed(12, 26, "St Stephen's Day", "Tapaninpäivä"),
]

/**
 * Sweden. Holidays: lag (1989:253) om allmänna helgdagar as amended by SFS
 * 2004:1320 (National Day added, Whit Monday no longer a holiday from 2005).
 * Lag (1930:173) om beräkning av lagstadgad tid § 2: midsummer eve, Christmas
 * eve and New Year's eve count like Sundays when a statutory period ends.
 */
const SWEDEN: Rule[] = [
  fixed(1, 1, "New Year's Day", "Nyårsdagen"),
  fixed(1, 6, "Epiphany", "Trettondedag jul"),
  movable(-2, "Good Friday", "Långfredagen"),
  movable(0, "Easter Sunday", "Påskdagen"),
  movable(1, "Easter Monday", "Annandag påsk"),
  fixed(5, 1, "May Day", "Första maj"),
  movable(39, "Ascension Day", "Kristi himmelsfärdsdag"),
  movable(49, "Whit Sunday", "Pingstdagen"),
  fixed(6, 6, "National Day", "Sveriges nationaldag"),
  eve(weekdayFrom(6, 19, FRIDAY, "Midsummer Eve", "Midsommarafton")),
  weekdayFrom(6, 20, SATURDAY, "Midsummer Day", "Midsommardagen"),
  weekdayFrom(10, 31, SATURDAY, "All Saints' Day", "Alla helgons dag"),
  eve(fixed(12, 24, "Christmas Eve", "Julafton")),
  fixed(12, 25, "Christmas Day", "Juldagen"),
  fixed(12, 26, "Boxing Day", "Annandag jul"),
  eve(fixed(12, 31, "New Year's Eve", "Nyårsafton")),
]

/**
 * Norway. Lov om helligdager og helligdagsfred (1995) § 2 for the church
 * holidays, lov om 1. og 17. mai som høgtidsdager (1947) for May Day and
 * Constitution Day. Domstolloven §§ 148-149, which other acts borrow for their
 * periods (skatteforvaltningsloven § 5-5): a period ending on such a day or a
 * Saturday runs to the next working day. Eves are left open here, which gives
 * the earlier date if the act also names them (verify).
 */
const NORWAY: Rule[] = [
  fixed(1, 1, "New Year's Day", "Første nyttårsdag"),
  movable(-3, "Maundy Thursday", "Skjærtorsdag"),
  movable(-2, "Good Friday", "Langfredag"),
  movable(0, "Easter Sunday", "Første påskedag"),
  movable(1, "Easter Monday", "Andre påskedag"),
  fixed(5, 1, "May Day", "Offentlig høytidsdag 1. mai"),
  fixed(5, 17, "Constitution Day", "Grunnlovsdag 17. mai"),
  movable(39, "Ascension Day", "Kristi himmelfartsdag"),
  movable(49, "Whit Sunday", "Første pinsedag"),
  movable(50, "Whit Monday", "Andre pinsedag"),
  fixed(12, 25, "Christmas Day", "Første juledag"),
  fixed(12, 26, "Boxing Day", "Andre juledag"),
]

/**
 * Denmark. The Folkekirke's helligdage (bekendtgørelse om helligdage); Great
 * Prayer Day (the fourth Friday after Easter) was abolished from 2024 by lov
 * nr. 196 af 28. februar 2023. Constitution Day (5 June), Christmas Eve and
 * New Year's Eve are not helligdage, so they are not closed here, although
 * some Danish statutes extend their own periods over them (forældelsesloven
 * § 27(2)); leaving them open gives the earlier, safe due date.
 */
const DENMARK: Rule[] = [
  fixed(1, 1, "New Year's Day", "Nytårsdag"),
  movable(-3, "Maundy Thursday", "Skærtorsdag"),
  movable(-2, "Good Friday", "Langfredag"),
  movable(0, "Easter Sunday", "Påskedag"),
  movable(1, "Easter Monday", "2. påskedag"),
  movable(39, "Ascension Day", "Kristi himmelfartsdag"),
  movable(49, "Whit Sunday", "Pinsedag"),
  movable(50, "Whit Monday", "2. pinsedag"),
  fixed(12, 25, "Christmas Day", "Juledag"),
  fixed(12, 26, "Boxing Day", "2. juledag"),
]
const GREAT_PRAYER_DAY = movable(26, "Great Prayer Day", "Store bededag")
const GREAT_PRAYER_DAY_LAST_YEAR = 2023

const RULES: Record<DeadlineCountry, (year: number) => Rule[]> = {
  FI: () => FINLAND,
  SE: () => SWEDEN,
  NO: () => NORWAY,
  DK: (year) => (year <= GREAT_PRAYER_DAY_LAST_YEAR ? [...DENMARK, GREAT_PRAYER_DAY] : DENMARK),
}

/** The holiday laws above are those in force now; older years are not modelled. */
const FIRST_YEAR = 2005
const LAST_YEAR = 2999

const computed = new Map<string, Holiday[]>()

/**
 * The days of `year` on which a period in `country` cannot end: its public
 * holidays and the days its law on time limits treats like them, in date order.
 */
export function publicHolidays(country: DeadlineCountry, year: number): Holiday[] {
  if (!DEADLINE_COUNTRIES.includes(country)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `country must be one of ${DEADLINE_COUNTRIES.join(", ")}`)
  }
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `year must be a whole year from ${FIRST_YEAR} to ${LAST_YEAR}`)
  }
  const key = `${country}:${year}`
  const known = computed.get(key)
  if (known) return known.map((day) => ({ ...day }))
  const easter = easterSunday(year)
  const days = RULES[country](year)
    .map((rule) => rule(year, (offset) => addDays(easter, offset)))
    .map((day): Holiday => ({ ...day, kind: day.kind ?? "public_holiday" }))
    .sort((a, b) => a.date.localeCompare(b.date))
  computed.set(key, days)
  return days.map((day) => ({ ...day }))
}

/** The holiday on `date`, if any (a Saturday holiday is still named, so the reason is the holiday's). */
export function holidayOn(country: DeadlineCalendar, date: CalendarDate): Holiday | undefined {
  if (country === WEEKENDS_ONLY) return undefined
  return publicHolidays(country, Number(date.slice(0, 4))).find((day) => day.date === date)
}
