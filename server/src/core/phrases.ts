/**
 * Phrase tables, in the dialect of `text.ts`: `'` is any apostrophe, a space is any white space,
 * everything else is a regular expression matched without regard to case.
 */
export const GROUP_BOILERPLATE = [
  'has indicated (?:that )?you(?: are|\'re| were)? (?:a |an )?(?:fellow (?:group )?members?|friend|colleague|classmate|business partner)',
  'you(?: are|\'re) (?:a |an )?fellow group members? of',
];

/** Form-letter openers: a salutation to a role or a kind of person instead of a name. */
const SALUTATION = "(?:dear|hello|hi|hii|hey|(?:warm |warmest )?greetings|respected|respectful|good (?:morning|afternoon|evening|day)|namaste|hola)";
const ADDRESS_ADJECTIVE =
  '(?:most|my|dear|esteemed|respected|valued|fellow|future|linkedin|new|talented|amazing|honou?red|beloved|kind|great|wonderful|lovely|distinguished|potential|prospective|networking|professional|respectful|sweet|inspiring)';
const ADDRESSEE =
  "(?:sir(?: or | ?/ ?| and )madam|sir ?/ ?ma'?am|sirs?|madam|madame|ma'?am|mam|colleagues?|professionals?|friends?|connections?|members?|users?|networkers?|hiring (?:manager|team)|recruiters?|team|all|everyone|everybody|candidates?|leaders?|experts?|designers?|engineers?|developers?|managers?|founders?|hr|talent|partners?|dear|concern|reader|stranger|human|(?:business )?owners?|entrepreneurs?|marketers?|sales ?people|executives?|visionary|achiever|scholars?|researchers?|authors?|reviewers?|editors?|applicants?|clients?|customers?|investors?|students?|alumn(?:i|us|a)|(?:doctors?|professors?|teachers?|nurses?)(?![ \\t]+[A-Za-z\\u00c0-\\u024f]))";
export const FORM_GREETINGS = [
  `(?!(?:hi|hey),? friend)${SALUTATION},? (?:${ADDRESS_ADJECTIVE} )*${ADDRESSEE}`,
  `(?:${ADDRESS_ADJECTIVE} )+${ADDRESSEE}(?=[ \\t]*[,:;!])`,
  'to whom it may concern',
  '(?:warm |warmest )?greetings of the day',
  // "Dear Sir or Madam" in the languages whose stock sentences the judgment knows.
  'sehr geehrte damen und herren',
  'estimad[oa]s? (?:señor(?:es|as)?|señora|senor(?:es|as)?|senora|clientes?|amig[oa]s?)',
  'madame,? monsieur|messieurs',
  'prezad[oa]s? (?:senhor(?:es|as)?|senhora|clientes?)',
  'gentile (?:cliente|utente)',
];

export const PLACEHOLDERS = [
  'so[-\\s]and[-\\s]so',
  'such[-\\s]and[-\\s]such',
  'name[-\\s]of[-\\s](?:city|company|group|event|person|school|firm|the \\w+)',
  '(?:insert|add) (?:\\w+ ){0,2}here',
  '(?:your|their|his|her|first|last|full|company|recipient|contact) name here',
];

/** Placeholders written as template syntax, matched case-sensitively where case is the signal. */
export const PLACEHOLDER_SYNTAX =
  /\[[^\[\]\n]{1,40}\]|\{\{?[^{}\n]{1,40}\}?\}|<(?!(?:div|span|p|a|b|i|u|br|hr|img|li|ul|ol|table|tr|td|th|script|style|button|input|form|head|body|html|section|article|nav|header|footer|main|code|pre|em|strong|svg|label|select|option|iframe|canvas|video|audio|template|slot)\b)[A-Za-z][^<>\n]{0,39}>|%[A-Za-z_]+%|\*\|[A-Za-z0-9_:]{1,40}\|\*|«[\p{L}_][\p{L}\p{N}_]{0,24}(?: [\p{L}\p{N}_]{1,24})?»|\$\{[^{}\n]{1,40}\}|\$(?!(?:PATH|HOME|USER|SHELL|PWD|TERM|LANG|EDITOR|TMPDIR|HOSTNAME|DISPLAY)\b)[A-Z][A-Z0-9_]{1,39}\b|\$[a-z]+_[a-z_]+\b|_{3,}|\((?:insert|add|enter|type|put) [^()\n]{1,30}\)|\((?:(?:your|their|first|last|full|recipient|contact|person's|company) )?(?:name|company|title|role|city|school|event|position|employer)(?: here)?\)|\bXXX+\b|\b(?:TODO|TBD|FIXME)\b(?! (?:apps?|lists?|items?|managers?|trackers?|comments?|tools?|boards?)\b)|\b(?:[Tt]odo|[Tt]bd|[Ff]ixme):/gu;

/** Which header can fill a placeholder, by words found inside the placeholder. */
export const PLACEHOLDER_HEADERS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/so.and.so|mutual|friend|referr/i, ['mutual']],
  [/such.and.such/i, ['group', 'read']],
  [/group|community/i, ['group']],
  [/city|location|area/i, ['city', 'location']],
  [/event|conference|meetup|where/i, ['met']],
  [/blog|article|post|talk|book|paper|podcast/i, ['read']],
  [/company|firm|employer/i, ['company']],
  [/name|first|recipient|person/i, ['to']],
];

/** Wordier phrasings and their shorter equivalents, offered when a note is over its limit. */
export const SHORTER_WORDINGS: ReadonlyArray<readonly [string, string]> = [
  ['I would like to', "I'd like to"],
  ['I would love to', "I'd love to"],
  ['I would be', "I'd be"],
  ['in order to', 'to'],
  ['I am', "I'm"],
  ['I have been', "I've been"],
  ['we are', "we're"],
  ['you are', "you're"],
  ['it is', "it's"],
  ['do not', "don't"],
  ['cannot', "can't"],
  ['I will', "I'll"],
  ['that is', "that's"],
  ['at this point in time', 'now'],
  ['at the present time', 'now'],
  ['due to the fact that', 'because'],
  ['a number of', 'several'],
  ['in the event that', 'if'],
  ['for the purpose of', 'for'],
  ['with regard to', 'about'],
  ['in regard to', 'about'],
  ['in regards to', 'about'],
  ['I just wanted to', 'I wanted to'],
  ['and also', 'and'],
  ['thank you', 'thanks'],
  ['approximately', 'about'],
  ['my professional network', 'my network'],
];

/** Links; every one contains a slash or `www.`, which lets the rule skip notes without either. */
/** A bare domain counts when it has a path or a subdomain ("givehope.example.org"): "Booking.com" alone is a company. */
export const LINKS = ['https?://\\S+', 'www\\.\\S+', '[a-z0-9-]+\\.(?:com|io|co|net|org|ai|ly|app|dev|me|to|in|be|gl|gg|link|page|site)/\\S*', '(?<![@.\\w-])[a-z0-9-]+(?:\\.[a-z0-9-]+)+\\.(?:com|io|co|net|org|ai|ly|app|dev|me)\\b'];

const NUMBER_WORD = '(?:\\d+|a few|a couple of|five|ten|fifteen|twenty|thirty|forty-five)';
const MINUTES = `${NUMBER_WORD}[-\\s]?(?:min|mins|minutes?)`;
const MEETING = '(?:call|chat|meeting|demo|zoom|conversation|catch-up|discussion)';

/** Selling in a first message, each shape with a sentence it must match (checked by a test). */
export const SALES_PITCH: ReadonlyArray<{ pattern: string; example: string }> = [
  { pattern: 'calendly', example: 'Grab a slot on my Calendly.' },
  { pattern: `(?:quick|short|brief) (?:${NUMBER_WORD}[-\\s]?(?:min(?:ute)?s? ?)?)?${MEETING}`, example: 'Open to a quick call?' },
  { pattern: `(?:spare|have|got|give me|take|find|need|only|just) ${MINUTES}|${MINUTES} (?:for a |of your |on your )?(?:[\\w-]+ )?(?:${MEETING}|time|calendar)`, example: 'Could you spare 20 minutes next week?' },
  { pattern: `(?:hop|jump|get) on a (?:quick |short )?(?:call|zoom|meeting)`, example: 'Can we hop on a call?' },
  { pattern: `(?:book|schedule|set up|arrange|grab) (?:a|some|your) (?:quick |short |free )?(?:demo|call|meeting|consultation|time on your calendar|spot|seat)`, example: 'Book a demo anytime!' },
  { pattern: `(?:a |good |suitable |convenient )?time (?:for a|to) (?:${MEETING}|talk|discuss|meet)|when's a good time`, example: "When's a good time for a call?" },
  { pattern: 'check out (?:my|our) (?:new )?(?:single|album|track|song|music|channel|video|podcast|product|services?|website|site|app|platform|company|offer|solution|tool|startup|page|course|book|agency)', example: 'Check out our platform.' },
  {
    pattern: '(?:my|our) (?:[\\w-]+ )?(?:product|platform|solution|services?|agency|offering|app|tool|firm|suite|program|course|masterclass|accelerator|bootcamp|webinar) (?:can|could|will|helps|does|automates|builds|offers|delivers|gets|cuts|saves|doubles|triples|boosts|grows|increases)',
    example: 'Our app automates all of it.',
  },
  { pattern: '(?:free|complimentary) (?:[\\w-]+ )?(?:trial|consultation|audit|demo|quote|pilot|assessment|strategy session|estimate|valuation|sample)|first consultation is on me|no credit card|(?:grab|get|order|buy|download) (?:your|a|my) (?:free )?(?:copy|ticket|tickets)|leave (?:me )?a review|out now on', example: "I'll send you a free pilot link." },
  { pattern: '(?:special|exclusive|limited[-\\s]time) (?:offers?|discounts?|deals?|price|pricing)|\\d+ ?% (?:off|discount|below)|(?:price|pricing) list|early[-\\s]bird|lock in', example: 'Exclusive 50% discount for new connections.' },
  { pattern: 'a few minutes of your time', example: 'May I have a few minutes of your time?' },
  { pattern: `(?:grab|steal|borrow|spare) ${NUMBER_WORD} (?:min|mins|minutes)`, example: 'Could I steal 15 minutes?' },
  { pattern: '(?:increase|boost|grow|double|triple|10x) your (?:sales|revenue|leads|pipeline|roi|qualified meetings|meetings)', example: 'We triple your pipeline.' },
  { pattern: 'generate (?:more )?leads|qualified leads|lead[-\\s]gen', example: 'Our lead-gen service works.' },
  { pattern: 'are you the right person|decision[-\\s]makers?', example: 'Are you the right person to talk to?' },
  { pattern: 'sign up (?:for|at|here|now)|buy (?:now|our|my)|reply (?:for|with|yes|"yes"|now|today)|dm me (?:for|to)|act now|(?:don\'t|do not) miss|limited (?:spots|seats|places|spaces)|this (?:week|month) only|(?:ends|closes|expires) (?:soon|today|tonight|friday|this week)|(?:registration|offer|sale|deal|pricing) (?:closes|ends)', example: 'Reply for our price list.' },
  {
    pattern:
      "worth a (?:quick |short |\\d+[-\\s]min(?:ute)? )?(?:conversation|chat|call|look)|want to see how|right person to (?:speak|talk) (?:with|to)|(?:mates'?|special|discounted|introductory) rates|(?:give|show) you a (?:quick )?(?:walkthrough|demo|sample|tour|preview)|pick your brain|(?:virtual |quick )coffee|(?:send|share) you (?:our|my) (?:[\\w-]+ )?(?:deck|pitch|brochure|catalog(?:ue)?|proposal|rates|pricing|card|sheet)|(?:\\d+ ?% )?(?:lower|cheaper) (?:cost|costs|prices?|rates)|fill your (?:open )?roles|half an hour|on autopilot|(?:cut|cuts|slash|reduce) (?:your )?(?:[\\w-]+ )?(?:bills|costs) by",
    example: 'We cut cloud bills by 35% on average. Worth a conversation?',
  },
  {
    pattern: '(?:we|i) (?:provide|offer|deliver|sell) (?:[\\w-]+ ){0,4}(?:services?|solutions?|products?)|(?:low|competitive|affordable|unbeatable|best|cheap|cheapest|lowest) (?:cost|costs|price|prices|pricing|rates?)|best quality|best quot(?:e|ation)|please revert\\b',
    example: 'We provide best quality web development services at very low cost.',
  },
  { pattern: "(?:when|whenever|if) you're free (?:for|to)|find (?:some )?time (?:this|next) (?:week|month)|coffee chat|(?:open to|up for|free for|available for) a (?:quick |short |brief )?(?:chat|call|conversation|zoom) (?:this|next) (?:week|month)", example: "Let me know when you're free for a coffee chat this month!" },
  {
    pattern:
      "(?:up to|salary of|salaries of|paying|pays|budget of|starting at|from just|only) (?:[$£€₹]|usd ?|inr ?)\\d[\\d,.]*k?\\b|(?:[$£€₹]|usd ?|inr ?)\\d[\\d,.]*k?\\b(?: ?(?:usd|gbp|eur))?(?: ?(?:per year|a year|pa\\b|/yr|/year)| ?\\+ ?(?:equity|benefits|bonus|car allowance|accommodation|relocation|villa|housing))|[$£€₹]\\d[\\d.]*(?:/| per )(?:word|page|lead|seat)\\b|\\d+(?:\\.\\d+)? ?lpa\\b|(?:urgent|immediate) (?:opening|openings|vacancy|vacancies|hiring)\\b|interested candidates|book you in|(?:interview|discovery|onboarding) slot|(?:for|in) (?:15|20|30) minutes tomorrow",
    example: 'Senior data role, fully remote, $140k + equity. Interested candidates welcome.',
  },
  {
    pattern:
      "(?:contact|call|text|message|whatsapp|email) (?:us|me) (?:on|at|via|for|today|now)|(?:call|text|phone|ring) (?:us |me )?(?:on |at )?\\(?\\d[\\d ().-]{5,}\\d|(?:plots|homes|houses|units|apartments|flats|properties|land|villas) for sale|book a (?:site |property |home )?(?:visit|viewing|tour)|whatsapp (?:us|me)|\\+\\d{1,3}(?:[ -]?\\d{2,5}){2,4}|whatsapp \\+?\\d|for (?:our )?rates\\b|(?:for|request|get) a (?:free )?(?:quote|quotation)|please donate|donate (?:now|today|here|at|to (?:our|my))|register (?:now|today|here|for (?:our|my) (?:[\\w-]+ ){0,4}(?:summit|webinar|masterclass|workshop|event|course|conference|bootcamp|seminar))",
    example: 'Contact us on WhatsApp +971 50 123 4567 for a quotation.',
  },
  {
    // A supplier's offer: what it makes, its minimum order, its catalogue.
    pattern:
      "(?:we|our (?:company|firm|factory|team|farm)) (?:supply|supplies|produce|produces|manufacture|manufactures|export|exports|distribute|distributes|wholesale)\\b|ask (?:me|us) for (?:our|a|the) (?:[\\w-]+ )?(?:catalogue|catalog|price list|quote|quotation|rates|samples?)|\\bmoq\\b|welcome your (?:inquiry|enquiry|order)|(?:send|share) (?:me|us) your (?:inquiry|enquiry|requirements?|order)|(?:oem|odm)(?: and| &)?(?: oem| odm)? (?:welcome|available)|we are (?:a )?(?:factory|manufacturer|supplier|exporter|leading)\\b|consider (?:donating|a donation|supporting our)|(?:give|gave) (?:it|me) a (?:listen|follow|like|share)",
    example: 'Our factory produces LED panels, MOQ 500 pcs. Ask us for our catalogue!',
  },
  {
    // Asking the reader to the sender's own event: a first note that fills a room is a pitch.
    pattern:
      "(?:join|attend) (?:our|my) (?:[\\w-]+ ){0,3}(?:webinar|masterclass|summit|roundtable|workshop|bootcamp|seminar|livestream|demo day|info session|open house)|(?:you're|you are) (?:invited|welcome) to (?:our|my)|(?:save|reserve|hold) you a (?:seat|spot|place)|(?:seats|spots|places|spaces) are (?:limited|going fast|filling up)|register (?:through|via|using|with) the link",
    example: "You're invited to our virtual roundtable on May 22. Shall I save you a seat?",
  },
  {
    // A recruiter's asks: the CV, the details, the bonus.
    pattern:
      "send (?:me|us) (?:your|ur) (?:updated )?(?:cv|resume|portfolio)|(?:i'll|i will|i can|can i|could i|shall i|let me) (?:send|share) (?:you )?(?:the |more |full )?(?:details|jd|job description)|for [$£€₹]\\d[\\d,.]*(?:/| per | a )(?:month|mo|year|yr)\\b|mind if i send|(?:send|give|get) you a (?:free )?(?:quote|quotation|estimate)\\b|send (?:over |you )?an? (?:\\d+[- ]?min(?:ute)? )?(?:loom|video|demo|deck|one-pager)\\b|(?:\\+|plus) (?:a )?(?:sign-on|signing|joining|relocation|annual|performance) bonus|[$£€₹]\\d[\\d,.]*k?\\s*[-–]\\s*[$£€₹]?\\d[\\d,.]*k\\b|[$£€₹]\\d[\\d,.]*(?:/| per )(?:week|wk|hour|hr|day|shift)\\b",
    example: 'Travel nurse contracts at $3,200/week. Can I send you the details?',
  },
  {
    pattern: "(?:we(?: are|'re)|now|actively|urgently) hiring\\b|immediate joiners|send (?:your |ur )?(?:updated )?(?:cv|resume|résumé) (?:to|at)|submit (?:a|your) (?:paper|manuscript|article) to (?:our|the) (?:[\\w-]+ ){0,5}journal|(?:apc|article processing charges?) (?:is|are|of)\\b",
    example: 'WE ARE HIRING! Immediate joiners only, send CV to our careers inbox.',
  },
  {
    // Pitches in the languages whose stock sentences the judgment knows: prices, quotes, a quick call, a CV.
    pattern:
      "a partir de (?:r\\$|€|\\$)|ofrecemos|nous proposons|precios? (?:bajos|competitivos|especiales)|prix (?:bas|comp[eé]titifs)|agenda(?:mos|r) una (?:llamada|reuni[oó]n|videollamada)|tabela de pre[cç]os|lista de precios|presupuesto sin compromiso|or[cç]amento|devis gratuit|kostenlose[sn]? (?:angebot|beratung|erstgespr[aä]ch)|\\d+ (?:minuten|minutos|minutes pour)|kurzes (?:gespr[aä]ch|telefonat)|llamada r[aá]pida|appel rapide|env[ií]a(?:me|nos) (?:tu|su) (?:cv|curr[ií]culum)|buscamos (?:[\\w-]+ ){0,2}(?:desarrolladores|ingenieros|programadores|vendedores|candidatos)|estamos contratando|nous recrutons|wir suchen (?:[\\w-]+ ){0,2}(?:entwickler|ingenieure|mitarbeiter)",
    example: 'Haben Sie 15 Minuten für ein kurzes Gespräch?',
  },
  {
    pattern:
      "(?:perfect|great|ideal) fit for (?:our|my) (?:[\\w-]+ ){0,3}(?:service|services|program|programme|product|platform|course|community|agency|offer)|benefit (?:most |greatly )?from (?:our|my)|interested in (?:our|my) (?:[\\w-]+ ){0,3}(?:program|programme|service|services|product|products|platform|course|training|offer)|(?:want|like) (?:the|our|a) (?:brochure|catalog(?:ue)?|deck|price list)\\b|(?:send|share) (?:you |over )?(?:our |my |some )?(?:samples|rates|pricing|price list)|(?:i|we) help (?:[\\w-]+ ){1,3}(?:get|grow|book|land|close|generate|win|double|scale|find)\\b|(?:open to|up for) a (?:quick |short )?(?:chat|call)\\?|dm me if (?:interested|you(?:'re| are) interested|you know)|[$£€₹]\\d[\\d,.]*k\\+|(?<=^|[.!?:]\\s{1,3})hiring (?:for |senior |junior |a |an |remote )|(?:please )?(?:check|see|view|visit) (?:out )?(?:my|our) (?:[\\w-]+ ){0,3}(?:packages|services|products|offers|catalogue|catalog|portfolio|rates|menu)|(?:learn more|find out more|visit us|read more|sign up) (?:at|on|via) [a-z0-9-]+(?:\\.[a-z0-9-]+)+",
    example: 'Leaders like you benefit most from our coaching program. Open to a chat?',
  },
  {
    // More asks of a first note: a walkthrough, a one-pager, the deck, a donation, a subscription, a partnership.
    pattern:
      "want a (?:quick |free |short )?(?:walkthrough|demo|tour|trial|sample)\\b|(?:shall|can|could|may) i send (?:you )?(?:a|our|the|my) (?:one-pager|deck|brochure|case study|details|proposal)|(?:see|seeing|share|sharing|send|sending) (?:you )?(?:our|my) (?:pitch )?deck|(?:share|send) (?:me |us )?(?:your|ur) (?:updated |latest )?(?:cv|resume|portfolio|requirements?)|interested in hearing more|(?:i|we) have (?:an? |\\d+ |several |a few |multiple )(?:[\\w/+.-]+ ){0,4}(?:opening|openings|role|roles|position|positions|vacancy|vacancies) (?:in|at|with|for)\\b|free for a (?:quick |short )?call|(?:love|like|keen) to partner\\b|(?:small|any|a) donation\\b|support us with|(?:like|love|want) to subscribe|subscribe to (?:my|our)|free for the first (?:month|week|year)|join (?:my|our) (?:private|exclusive|paid|vip) (?:[\\w-]+ ){0,2}(?:community|group|club|mastermind)|you(?:'ll| will) love (?:our|my)|(?:you're|you are) invited to the\\b|estamos buscando|te interesa\\?|escr[ií]beme|招聘|薪资|简历",
    example: 'We have 3 remote DevOps roles for a Lisbon scale-up. Want a walkthrough of the package?',
  },
  { pattern: '(?:companies|teams|businesses|brands|firms) like yours|(?:show|walk) you (?:through |what we|how (?:we|our))|what we\'ve built|(?:our|my) agency does', example: 'Our agency does exactly this for companies like yours.' },
];

/** Everyday words: a run of capitals with one of them in it is shouting, not a name. */
export const COMMON_WORDS = new Set(
  (
    'A AN THE AND OR BUT TO OF IN ON AT FOR FROM WITH BY AS IS ARE AM BE BEEN WAS WERE I ME MY WE OUR YOU YOUR HE SHE ' +
    'THEY THEM THIS THAT THESE THOSE HERE THERE SO NOT NO YES DO DOES DID CAN WILL WOULD SHOULD COULD JUST VERY REALLY ' +
    'PLEASE THANK THANKS HELLO HI HEY LET LETS LET’S LET\'S CONNECT ACCEPT INVITATION INVITE NETWORK NOW TODAY NEW GREAT ' +
    'BEST LOVE LIKE WANT NEED HELP ALL ONE MORE MOST GET GOOD WHAT WHEN WHY HOW WHO ABOUT AMAZING IMPORTANT URGENT'
  ).split(' '),
);

/** Upper-case words that are names of things, not shouting. */
export const ACRONYMS = new Set(
  (
    'AI ML UX UI NYC LA SF DC USA US UK EU UAE CEO CTO CFO COO CMO CIO CPO CISO CRO VP SVP EVP HR PM QA IT API APIS AWS GCP SQL ' +
    'MBA PHD CPA CFA PMP IBM NASA NATO UN NGO B2B B2C SEO SEM CRM ERP ESG DEI GTM OKR OKRS KPI KPIS ROI UCLA MIT NYU USC ' +
    'ASAP FYI LI EMEA APAC LATAM NLP LLM LLMS GPU CPU AR VR XR IOT SRE CSS HTML JS TS PHP JSON XML REST SDK OSS BBC CNN ' +
    'NBA NFL FIFA IEEE ACM TED TEDX YC VC VCS PE LP IPO CES SXSW GDPR HIPAA PR CX DX BI ETL AGI MVP SMB SMBS HQ RSVP PS OK ' +
    'MD RN DDS JD LLB LLM MSC BSC BA MA MS BS MFA CV ID HBS LSE UBS KPMG EY PWC BCG GE HP AMD ATT SAP SAS ESPN NPR NYT WSJ Q&A ' +
    'FT MLOPS DEVOPS SAAS PAAS IAAS NFT DAO ETF IRS FBI CIA DOD NHS NIH CDC WHO OECD IMF ECB UI/UX'
  ).split(' '),
);

/** Invisible characters that silently spend the budget, with names users can look up. */
export const INVISIBLE_CHARACTERS: Record<string, string> = {
  '\u00ad': 'SOFT HYPHEN',
  '\u034f': 'COMBINING GRAPHEME JOINER',
  '\u061c': 'ARABIC LETTER MARK',
  '\u115f': 'HANGUL CHOSEONG FILLER',
  '\u1160': 'HANGUL JUNGSEONG FILLER',
  '\u180e': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION',
  '\u2062': 'INVISIBLE TIMES',
  '\u2063': 'INVISIBLE SEPARATOR',
  '\u2064': 'INVISIBLE PLUS',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u2800': 'BRAILLE PATTERN BLANK',
  '\u3164': 'HANGUL FILLER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
  '\uffa0': 'HALFWIDTH HANGUL FILLER',
};

export const SIGN_OFF_WORDS =
  "best|best regards|best wishes|regards|kind regards|warm regards|warmest regards|warmly|cheers|thanks|thanks again|thank you|many thanks|sincerely|yours|yours truly|all the best|respectfully|take care|talk soon";
