/**
 * Frames: patterns over the normalised line (see `tokens.ts`) that say what a stretch of the note
 * is doing. Each carries an example, as a user writes it, that `test/core/judgment.test.mjs`
 * matches against its pattern.
 */
import type { Phrase } from './requests';
import { wordList } from './words';

const words = (list: string) => wordList(list).join('|');

/** Things of theirs a note can name; "your talk" counts only with what it was about. */
export const WORK_NOUNS = words(`
  talk talks post posts article articles blog book books podcast podcasts episode episodes paper papers
  comments glossary handbook wiki dictionary database syllabus
  research presentation keynote panel panels webinar newsletter newsletters comment thread threads video videos
  course courses project projects library repo repository tool essay essays interview piece study thesis report
  session workshop workshops answer answers tweet tweets launch release writeup write-up column op-ed review
  reviews speech sermon exhibition exhibit gallery guide guides lecture lectures class recipe campaign photos
  photographs song songs album albums film films documentary show shows series channel stream concert concerts
  set gig performance play poem poems novel pattern patterns design designs portfolio slides deck demo app
  plugin package framework notebook tutorial tutorials dashboard dataset model experiment findings survey ep
  patent case mural map zine game mod chapter chapters segment feature pr issue fork proposal rfc spec chat
  conversation posting postings listing opening job ad gist script snippet poster preprint abstract livestream teardown walkthrough breakdown explainer ama
  reel carousel tweetstorm
  documentation docs benchmark visualization visualisation analysis work
`);

/** Verbs of making that show the recipient did the work. */
const AUTHORED =
  'wrote|gave|posted|published|shared|recorded|hosted|built|made|ran|taught|led|presented|released|launched|started|created|designed|organized|organised|moderated|curated|produced|directed|filed|merged|answered|explained|said|spoke|argued|mentioned|described';

/** Verbs for making work about a topic: "you write about heirloom apples", "thanks for speaking to my class on X". */
const WRITES_ABOUT =
  'write|writes|wrote|written|writing|blog|blogs|blogged|blogging|post|posts|posted|posting|talk|talks|talked|talking|speak|speaks|spoke|spoken|speaking|teach|teaches|taught|teaching|research|researches|researched|researching|cover|covers|covered|covering|tweet|tweets|tweeted|tweeting|publish|publishes|published|publishing|lecture|lectured|lecturing|present|presented|presenting';

/** The recipient's work, with what it is about (the judge checks that the topic names something). */
export const WORK_FRAMES: readonly Phrase[] = [
  {
    pattern: `(?:your|ur|the|that|this|those|yesterday's|last week's|(?!(?:here|there|it|that|what|let|who|he|she|where|how)'s)[a-z]+'s) (?:[\\w'&][\\w'&./+@-]* ){0,3}(?:${WORK_NOUNS})(?: #\\d+)?(?: (?:there |here |yesterday |today |last week |again )?(?:on|about|regarding|covering|around|for|of|explaining|comparing|with|at|in|from|titled|called|calling|arguing|claiming|asking|defending|tracing|where|when|that|showing|parsing|using) (?:(?!and |but )[\\w'&][\\w'&./+@-]* ){0,6}(?!and\\b|but\\b)[\\w'&][\\w'&./+@-]*)?`,
    example: 'Your post on retry budgets for flaky webhooks saved my week.',
  },
  {
    pattern: `(?:the|that|this) (?:[\\w'&][\\w'&./+@-]* ){1,4}(?:you|your [\\w'-]+) (?:${AUTHORED}|[a-z]+ed)(?: (?:in|at|for|on|with) [\\w'&][\\w'&./+@-]*)?`,
    example: 'The timber library your firm built in varese is one of my case studies.',
  },
  { pattern: '(?:ep|episode|issue|chapter|part|vol|volume|season|lecture|talk|pr|ticket|bug) #?\\d+', example: 'Your fix in issue #1142 saved our release – and ep 112 on compost toilets was genius.' },
  {
    pattern: `you (?:${AUTHORED}|(?:have|'ve|had) (?:${AUTHORED})) (?:a|an|the|this|that|your|some|[a-z]+'s) (?:[\\w'&][\\w'&./+@-]* ){0,7}[\\w'&][\\w'&./+@-]*`,
    example: 'You explained the cache stampede fix better than any book I own.',
  },
  {
    pattern: `(?:you|you've|you have|thank you for|thanks for) (?:(?:always|often|also|still|been|now) )?(?:${WRITES_ABOUT}) (?:(?:to|with|for) (?:[\\w'&][\\w'&./+@-]* ){1,3})?(?:about|on) (?:[\\w'&][\\w'&./+@-]* ){0,6}[\\w'&][\\w'&./+@-]*`,
    example: 'You blog about sourdough hydration, and it rescued my bakes.',
  },
];

/** Seasonal wishes: the same for everyone on the list, whatever year they name. */
export const WISHES: readonly Phrase[] = [
  {
    pattern: "(?:happy|merry|joyous|blessed) (?:new year|holidays?|christmas|diwali|eid|thanksgiving|easter|hanukkah|friday|monday|weekend|birthday|anniversary)|wishing you|season's greetings|prosperous",
    example: 'Happy New Year! Wishing you a prosperous 2025.',
  },
  {
    // Idioms that say nothing of the reader, however rare their words: "a lot on your plate", "in your orbit".
    pattern: "(?:a lot|so much|plenty|lots) on your plate|(?:be |being )?in your (?:orbit|corner|wheelhouse|shoes)|on your radar|under your belt",
    example: 'As a manager you must have a lot on your plate.',
  },
  { pattern: "(?:may )?(?:god|allah|the lord|the universe) (?:bless|keep|guide|protect)|blessings (?:to|on|upon) you|thank you for (?:all|everything) you do", example: 'May God bless your work and your family.' },
];

/** Recruiting and selling: an offer made to a list, whatever names it carries. */
export const PITCH_FRAMES: readonly Phrase[] = [
  {
    pattern: '(?:exciting|great|amazing|unique|new|perfect|open) (?:[\\w-]+ ){0,2}?(?:opportunit(?:y|ies)|role|roles|position|positions|opening|openings)',
    example: 'I have an exciting opportunity at a Series B fintech in Berlin.',
  },
  {
    pattern: '(?:open to|interested in|looking for) (?:a |new |exploring |hearing about )?(?:[\\w-]+ ){0,2}?(?:opportunit(?:y|ies)|roles?|positions?|change|move)',
    example: 'Are you open to new opportunities in Austin?',
  },
  { pattern: '(?:fits?|matches|match|aligns with) your (?:background|profile|experience|skills?|skillset)|your (?:profile|background|experience|skills?|skillset) (?:matches|fits|aligns with)', example: 'A Rust role in Berlin that fits your background.' },
  {
    // The marketer's hook: "Are you a coach struggling to fill your programmes?", "Still doing your own bookkeeping?"
    pattern: "(?<=^ |\\. )(?:are you|still) (?:a |an )?(?:[\\w'-]+ ){0,6}?(?:struggling|tired of|looking to|trying to|doing your own|wasting|losing)\\b",
    example: 'Are you a coach struggling to fill your programmes? I can help.',
  },
  {
    // The sender's milestones: "We just closed our Series A", "Our team just hit 1M downloads".
    pattern: "(?:we|we've|we have|our (?:team|company|startup|firm|app|product)) (?:just |recently |finally )?(?:(?:closed|raised|secured|launched|opened) (?:our|a|an|the)\\b|(?:hit|crossed|reached|surpassed) \\d)",
    example: 'We just closed our $12M Series A and are growing fast across Bangalore.',
  },
  {
    pattern:
      '(?:we|we\'ve|our (?:company|agency|firm|team|startup)) (?:just |now |also |already )?(?:help|helped|partner with|offer|provide|build|deliver|specialize in|specialise in|work with|serve|support) (?:[\\w-]+ ){0,2}(?:companies|teams|brands|businesses|startups|clients|founders|organizations|organisations|leaders|agencies|firms|stores|shops|owners)\\b',
    example: 'We help B2B teams book more meetings.',
  },
  { pattern: "(?:we are|we're) (?:a|an) (?:[\\w-]+ ){0,3}(?:company|agency|firm|startup|platform|provider|consultancy)\\b", example: 'We are a leading software outsourcing company.' },
  {
    pattern:
      '(?:our|my) (?:[\\w-]+ ){0,2}(?:product|platform|tool|app|service|services|solution|solutions|agency|offer|sale|masterclass|webinar|summit|accelerator|program|programme|course) (?:helps|can|will|lets|automates|cuts|saves|gives|does|offers|starts|builds|answers|is (?:now )?(?:live|open|free))\\b',
    example: 'Our app automates all of it.',
  },
  { pattern: '(?:spots|seats|places|spaces) (?:are )?(?:limited|left|filling)|(?:are|is) (?:limited|filling up|going fast)|(?:save|grab|book|reserve) your (?:seat|spot|place)', example: 'Limited seats, save your spot today.' },
  { pattern: 'people you may know|open networker|lion', example: 'You showed up in my People You May Know.' },
  { pattern: '(?:guide|help|refer|assist) me (?:for|with|in|to find|find|to get|get) (?:a |any |some )?(?:jobs?|roles?|positions?|openings?|work|opportunities|internships?)', example: 'Please guide me for jobs in Canada.' },
];

const PAST =
  "[a-z]+ed|were|met|sat|spoke|ran|sang|swam|won|lost|shared|had|took|went|did|got|made|spent|played|wrote|taught|saw|heard|stood|drove|flew|rode|kept|lent|gave|told|sent|showed|bought|brought|left|found|caught|held|built|sold|split|fought|threw|read|led|hosted|broke|drew|grew|knew|rang|chose|woke|stole|both|all";

/** Something the two of you did or share, which counts with what it was: "we traded replies on the forum". */
export const SHARED_ACTS: readonly Phrase[] = [
  {
    // Where you saw each other, in everyday words: "met you at the bus stop outside the dmv", "you were the other parent at the bake sale table".
    pattern: "(?:met (?:you|u)|(?:you were|you're|you are) the (?:[\\w'-]+ ){1,7}?(?:at|in|on|by|behind|next to)) (?:at |in |on |outside |during )?(?:the|a|that|our) (?:[\\w'&][\\w'&./+@-]* ){0,6}[\\w'&][\\w'&./+@-]*",
    example: 'met you at the bus stop outside the post office, we were both soaked',
  },
  {
    // Applying to their team for a named kind of role: "I applied for the junior data analyst role on your team".
    pattern: "i (?:just |recently )?(?:applied|interviewed) (?:for|to|with) (?:the|a|an) (?:[\\w'&-]+ ){0,5}?(?:on|in|at|with|for) your (?:[\\w'&-]+ ){0,2}[\\w'&-]+",
    example: 'I applied for the junior data analyst role on your team yesterday.',
  },
  {
    pattern: `(?:we|we've|we'd|you and i|you and me|both of us|the two of us) (?:(?:both|all|each|once|also|actually|briefly|have|had|just|finally) ){0,2}(?:${PAST}|been|post|play|sing|run|volunteer|belong|go|train|coach|attend) (?:[\\w'-]+ ){0,5}?(?:the|a|an|our|your|this|that|at|in|on|from|for|after|during|through|about|with|together) (?:[\\w'&][\\w'&./+@-]* ){0,8}[\\w'&][\\w'&./+@-]*`,
    example: 'We both post in the fermentation subreddit about kimchi salt ratios.',
  },
  {
    pattern: `(?<!(?:could|would|can|will|please|if|might|like) )(?:you|you were the one who|you're the one who|you are the one who)(?:'ll| will| are going to)? (?!(?:inspire|inspires|inspired|impress|impresses|impressed|amaze|amazes|amazed|motivate|motivates|motivated|remind|reminds)\\b)(?:${PAST}|helped|hired|interviewed|mentored|answered|[a-z-]+) (?:(?:half|all|most|some|each|both|many|one|two|three) (?:of )?)?(?:me|us|my|our) (?:[\\w'&][\\w'&./+@-]* ){0,5}[\\w'&][\\w'&./+@-]*`,
    example: 'You lent me your hdmi adapter at kubecon.',
  },
  {
    // Doing something for their people or things ("drove your mom", "walked your dog"); reading or liking their work is a work frame's.
    pattern: `(?:i|we|who) (?!(?:read|saw|found|heard|watched|enjoyed|loved|liked|used|followed|noticed|checked|viewed|listened|came|shared|had)\\b)(?:${PAST}) your (?:(?!and |but )[\\w'&][\\w'&./+@-]* ){0,6}(?!and\\b|but\\b)[\\w'&][\\w'&./+@-]*`,
    example: "I'm the neighbour who walked your spaniel through the ice storm.",
  },
  { pattern: `(?:i|who) (?:${PAST}) (?:[\\w'-]+ ){0,3}?(?:in|during|at|on|with) your (?:[\\w'&][\\w'&./+@-]* ){0,3}[\\w'&][\\w'&./+@-]*`, example: "I'm the junior dev who broke prod in your first week at gitlab." },
  { pattern: `(?:i|we|who) (?:${PAST}) you (?:a|an|the|my|our|your|some) (?:[\\w'&][\\w'&./+@-]* ){0,6}[\\w'&][\\w'&./+@-]*`, example: "I'm the translator who sent you a sample of the tea ceremony brochure." },
  { pattern: "(?:thanks|thank you|thx) (?:again )?for (?:the|your|that|all the|letting|taking|showing|explaining) (?:[\\w'&][\\w'&./+@-]* ){0,5}[\\w'&][\\w'&./+@-]*", example: 'Thanks for the ride to the station after the climate meetup.' },
];

/** The sender's work about theirs, or a concrete offer for it. */
export const OFFERS: readonly Phrase[] = [
  {
    pattern: '(?:writing|researching|studying|covering|reporting on|making|filming|building) (?:a |an |my |our )?(?:[\\w-]+ )?(?:case|paper|thesis|report|article|story|piece|documentary|podcast|book|chapter|study|tool) (?:on|about) your (?:[\\w\'&-]+ ){0,4}[\\w\'&-]+',
    example: "I'm a first-year MBA at Wharton writing a case on your company's switch to four-day weeks.",
  },
  {
    pattern: "(?:happy|glad|keen|able|delighted) to (?:share|send|lend|introduce you to|walk you through|pass along|give you|show you) (?:my|our|the|a|an|some) (?:[\\w'&][\\w'&./+@-]* ){0,4}[\\w'&][\\w'&./+@-]*",
    example: "I'm happy to share my setup checklist.",
  },
  {
    pattern: "(?:can|could|would|will|'d|'ll)(?! you) (?:[\\w'-]+ ){0,4}(?:for|with|to|of) your (?:[\\w'&][\\w'&./+@-]* ){0,2}[\\w'&][\\w'&./+@-]*",
    example: "We hold the logbooks and could scan them for your book.",
  },
];

/** Events and places, named with what made them that one: "the climate finance meetup". */
export const EVENT_NOUNS = words(`
  meetup meetups conference summit workshop hackathon bootcamp fair expo dinner party night jam class course camp
  retreat festival con convention forum subreddit discord slack group club league chapter cohort program
  programme lab choir band race marathon tournament match final session panel booth trip hike ride sprint
  sprints mixer game games gig concert
`);

export const EVENTS: readonly Phrase[] = [
  {
    pattern: `(?:the|this|that|our|last week's|yesterday's|saturday's|sunday's) (?:[\\w'&][\\w'&./+@-]* ){1,3}(?:${EVENT_NOUNS})`,
    example: 'Good to meet you after the climate finance meetup in oslo!',
  },
  {
    // An event with its place and its day, even in lower case: "great game at pine field sunday".
    pattern: `(?:${EVENT_NOUNS}) (?:at|in) (?:the )?(?:[\\w'&][\\w'&./+@-]* ){1,3}(?:on )?(?:last night|yesterday|tonight|(?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
    example: 'what a gig at the crescent ballroom last night, you two were on fire',
  },
  {
    pattern: `our (?:[\\w'&-]+ ){0,2}(?:chat|talk|conversation|call|exchange|discussion|catch-up|coffee|lunch|walk) (?:at|on|in|about|after|during|over|by) (?:[\\w'&][\\w'&./+@-]* ){0,7}[\\w'&][\\w'&./+@-]*`,
    example: 'Our chat on the ferry about tide tables stuck with me.',
  },
];

/** Claims of a shared field, which fit everyone in it: "we're both in fintech in London", "fellow game dev in Montreal". */
export const FIELD_CLAIMS: readonly Phrase[] = [
  {
    pattern: "(?:(?:we're|we are|we|both of us) (?:both |all )?(?:(?:work|working|are|seem to be|operate) )?(?:in|into)|(?:we|we both) (?:seem to )?(?:move|work|operate) in (?:similar|the same) (?:circles|spaces|fields|industries)(?: in)?|(?:as )?(?:a )?fellow (?:[\\w'&-]+ ){1,3}?(?:in|from)) (?:the )?(?:[\\w'&][\\w'&./+@-]* ){0,5}[\\w'&][\\w'&./+@-]*",
    example: "We're both in fintech in London, so I thought I'd say hello.",
  },
];

/** A numbered place neighbours or co-workers share: "Apt 4C", "desk 12", "the 14 bus", "gate B7". */
export const NUMBERED_PLACES: readonly Phrase[] = [
  {
    pattern: "(?:apt|apartment|unit|flat|room|rm|suite|ste|cabin|office|lab|desk|cubicle|locker|seat|bed|bay|stall|plot|booth|gate|dock|platform|pew|bus|route|ward) #?[a-z]?\\d+[a-z]?\\b",
    example: 'Apt 2B here, I think your parcel came to us by mistake.',
  },
];

/** The sender says where the reader knows them from: "Jonas from the Thursday choir rehearsals here". */
export const INTRODUCTIONS: readonly Phrase[] = [
  {
    pattern: `from (?:the|our|that|last week's|yesterday's|saturday's|sunday's) (?:[\\w'&][\\w'&./+@-]* ){0,3}(?:${EVENT_NOUNS})`,
    example: 'Jonas from the Thursday night choir here!',
  },
  { pattern: NUMBERED_PLACES[0].pattern, example: 'Desk 14 here, your plant survived the holidays.' },
];

/**
 * When something happened, dated: "last spring", "two years ago", "for months". Relative times
 * ("last week", "yesterday") date nothing a mass mailing could not claim, so they never count.
 */
export const TIMES: readonly Phrase[] = [
  {
    pattern:
      "(?:last|this past) (?:spring|summer|fall|autumn|winter|semester|term|season)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:days?|weeks?|months?|years?|decades?) ago|back in (?:\\d{4}|'\\d\\d)|for (?:weeks|months|years|a decade|\\d+ (?:weeks|months|years))|in (?:the )?(?:spring|summer|fall|autumn|winter) of",
    example: 'We sat together at the workshop last spring.',
  },
];

/** Someone who passed your name along: a name next to one of these is a mutual contact. */
export const MUTUAL_VERBS =
  "suggested|suggests|recommended|recommends|mentioned|mentions|introduced|referred|said|says|told|tells|thought|thinks|pointed|passed|gave|forwarded|sent|sends|speaks|spoke|encouraged|insisted|connected|put|raved|vouched|and i (?:worked|studied|met|were|are|both|used|ran|built|co-founded|shared|played|served|volunteered)|and me|'s friend|'s colleague|'s sister|'s brother|'s cousin|'s partner|'s mentor|'s manager|'s advice";

/** Relations that put a named person between the two of you. */
export const RELATION_NOUNS =
  'friend|friends|colleague|colleagues|coworker|co-worker|classmate|teammate|manager|mentor|mentee|sister|brother|cousin|partner|neighbour|neighbor|boss|professor|advisor|adviser|roommate|flatmate|student|pal|buddy|referral|intro|introduction|via|through|thanks to|per|mom|mum|dad|wife|husband|son|daughter|aunt|uncle';

/** Words that say which of the four elements a sentence with a specific detail shows. */
export const KIND_CUES = {
  met: 'every (?:morning|evening|day|night|week|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|most (?:mornings|evenings|days|nights)|met|meet|meeting|again|team|teammates?|class of|joining|starting|start|starts|moving|interviewed|asked|sent|emailed|visited|joined|presented|messaged|applied|worked|studied|classmates?|colleagues?|alum|alumni|alumna|alumnus|alums|fellow|both|together|same|attended|sat|chatted|talked|spoke|ran into|bumped|crossed|cohort|volunteered|played|sang|shared|overlapped|traded|swapped|hiked|trained|we|us|our|reconnect',
  value: "happy to|glad to|can|could|offer|send|introduce|help|hiring|looking for|moving|start|starting|joining|applying|i'd love to|would love to|if useful|if helpful",
} as const;
