/**
 * Word classes the judgment is built on. Closed classes written out here; everyday words come
 * from a frequency list (`everyday-words.ts`, generated).
 */

/** Words listed twice within one table; a test keeps it empty. */
export const REPEATED_WORDS: string[] = [];

/** The words of a table, noting any listed twice. */
export function wordList(list: string): string[] {
  const items = list.trim().split(/\s+/);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) REPEATED_WORDS.push(item);
    seen.add(item);
  }
  return items;
}

const words = (list: string): ReadonlySet<string> => new Set(wordList(list));

/**
 * Function words: articles, pronouns, prepositions, auxiliaries, conjunctions and quantifiers
 * (the closed classes of English grammar). A topic needs at least one word that is not one.
 */
export const FUNCTION_WORDS = words(`
  a an the this that these those some any each every all both either neither no none another other such
  i me my mine myself we us our ours you your yours yourself he him his she her hers it its they them their
  i'm i've i'd i'll we're we've we'd you're you've you'd it's that's there's here's let's what's
  don't can't won't isn't aren't didn't doesn't wasn't weren't haven't hasn't couldn't wouldn't shouldn't
  am is are was were be been being have has had do does did will would shall should can could may might must
  and or but nor so yet if then than because as while though although since unless whether
  of in on at to for from by with about into onto over under between among through during before after
  above below up down out off around across along via per like near within without upon toward towards
  not just very really quite also too only even still already again more most much many few lots lot
  here there where when what which who whom whose why how something anything everything nothing
  one ones thing things stuff way ways kind sort bit now ago lately always often ever soon today tonight
  tomorrow anytime sometime someday maybe perhaps please kindly yes yeah ok okay
`);

/**
 * Nouns and adjectives of praise and vague interest: "your background", "amazing work",
 * "like-minded professionals". A phrase of nothing but these and function words names nothing.
 */
export const VAGUE_WORDS = words(`
  profile profiles background backgrounds career careers experience experiences work works journey journeys
  achievement achievements accomplishments success successes growth path trajectory story stories
  content post posts article articles insight insights thoughts ideas perspective perspectives updates update
  network networks connection connections contact contacts people person professional professionals
  industry industries field fields space spaces sector area areas domain world community communities
  expertise skills skillset knowledge leadership passion vision mission values
  amazing awesome great good nice impressive inspiring inspirational remarkable incredible outstanding
  excellent fantastic wonderful brilliant interesting insightful valuable helpful useful cool strong
  similar like-minded likeminded same common shared recent latest new current various several many
  professionally career-wise overall general related relevant exciting solid extensive
  opportunity opportunities role roles position positions business businesses company companies team teams
  future today everything life topics topic things matters skill clients client customers audience
  followers brand energy dedication mindset approach style attitude resume cv interests goals niche
  feed page activity day week weekend impact contributions hard consideration request requests invitation
  invite invites time benefit knowledges suggestions spotlight inspiration example leader leaders
  recruiting hiring department organization organisation firm employer workplace office promotion
  anniversary birthday connected connecting networking linkedin platform lot lots ton tons plenty
  everyone anyone someone folks others help support advice guidance chance pleasure honor
  honour privilege value benefits mutually personally truly deeply highly so such
  endeavors endeavours endeavor hustle feedback size needs need ambitions aspirations dreams efforts
  accomplishment milestone milestones title presence voice mind heart family
  visionary visionaries trailblazer trailblazers pioneer pioneers rockstar rockstars
  process processes culture strategy strategies roadmap operations wisdom
  alma mater webinar webinars conference conferences event events meetup meetups workshop session sessions summit
  earliest convenience bring add provide deliver contribute assist collaborate collaboration partner partnership synergy synergies explore discuss
`);

/** Adjectives of praise: a clause of nothing else ("Acme Corp is doing great things") names nothing. */
export const PRAISE_ADJECTIVES = words('great amazing awesome impressive inspiring remarkable incredible outstanding excellent fantastic wonderful brilliant');

/** Nouns of praise that flattery capitalises ("Your Thought Leadership", "Exceptional Leaders"). */
export const PRAISE_NOUNS = words(`
  passion vision leadership mission values journey expertise growth success achievements mindset dedication
  impact inspiration leader leaders visionary visionaries trailblazer pioneer
  excellence innovation integrity commitment ecosystem landscape synergy paradigm transformation drive
`);

/** Words written with a capital that are not names. */
export const CAPITALISED_NON_NAMES = words(`
  i i'm i've i'd i'll ok okay mr mrs ms mx dr prof sir madam miss hi hello hey dear thanks thank god
  linkedin inmail premium navigator
  github gitlab twitter youtube medium substack instagram tiktok facebook reddit discord slack zoom whatsapp
  telegram quora pinterest threads bluesky mastodon
  sie ihnen ihr ihre ihrem ihren ihrer herr frau usted ustedes
  christmas thanksgiving diwali eid hanukkah easter ramadan passover halloween xmas navratri holi vesak
  kwanzaa lunar
`);

/** Upper-case abbreviations of roles, fields and everyday terms: they place no one. */
export const GENERIC_ACRONYMS = words(`
  ai ml ux ui hr pm qa it ceo cto cfo coo cmo cio cpo ciso cro vp svp evp seo sem crm erp esg dei gtm okr
  cv resume kpi roi b2b b2c saas smb smbs mvp asap fyi li btw pls thx dm pr cx dx bi llm llms nlp api sdk
  tech dev devops ops r&d hq us usa uk eu
`);

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Units after a number that make it a duration or an amount, not a date, a class or a count. */
export const AMOUNT_UNITS = words(`
  min mins minute minutes sec secs second seconds hour hours hr hrs x % percent k m usd eur dollars
  euros pounds bucks off day days
`);

/** The recipient, the sender together with them, or the two sharing something. */
export const YOU_WORDS = words("you your yours yourself you're you've you'd you'll u ur y'all");
export const SHARED_WORDS = words("we we're we've we'd we'll us our ours both together fellow mutual too also same alike");
export const SELF_WORDS = words("i i'm i've i'd i'll me my mine myself im ive id");
