/**
 * Phrase tables, in the dialect of `text.ts`: `'` is any apostrophe, a space is any white space,
 * everything else is a regular expression matched without regard to case.
 */
import type { TouchKind } from './types';

const LINKEDIN = '(?:linkedin|linked in|LI)';
const NETWORK = `(?:(?:professional|${LINKEDIN}) )?network(?: on ${LINKEDIN})?`;
const I_WOULD_LIKE = "(?:I(?:'?d| would)(?: really| just)? (?:like|love)|I (?:just )?want|I wish|I'm hoping|I hope|I am hoping)";

/** LinkedIn's stock sentence and its near-verbatim copies: reported even inside a personal note. */
export const STOCK_INVITATIONS = [
  `(?:(?:${I_WOULD_LIKE}|let me|please let me|allow me) to )?add you to my (?:(?:professional|${LINKEDIN}) )+network(?: on ${LINKEDIN})?`,
  `(?:(?:${I_WOULD_LIKE}) to )?add you to my network on ${LINKEDIN}`,
  `(?:${I_WOULD_LIKE}) to join your (?:professional |${LINKEDIN} )?network`,
];

/** Bare requests to connect: fine after a personal sentence, generic when they are all the note offers. */
export const BARE_REQUESTS = [
  `would you (?:like|care|be willing|be open) to (?:join|be part of) my ${NETWORK}`,
  `(?:${I_WOULD_LIKE}|I'm writing|I am writing) to invite you to (?:join|be part of) my ${NETWORK}`,
  `(?:${I_WOULD_LIKE}) to (?:connect|link up|get connected)(?: with you)?(?: (?:here )?on ${LINKEDIN})?`,
  `(?:${I_WOULD_LIKE}) to add you to my network`,
  `(?:please |kindly )?(?:accept|consider) my (?:connection |${LINKEDIN} )?(?:invitation|invite|request)`,
  `(?:would|could|can|will) you (?:please )?(?:accept (?:my|this) (?:invitation|invite|request)|add me)`,
  `let'?s (?:connect|link up|get connected)(?: on ${LINKEDIN})?`,
  `(?:would|I'd|I would) (?:love|like) to connect(?: with you)?(?: (?:here )?on ${LINKEDIN})?`,
  `(?:keen|happy|glad|eager|excited|hoping|looking) to connect(?: with you)?(?: (?:here )?on ${LINKEDIN})?`,
  `let us connect`,
  `(?:please )?connect with me`,
  `(?:please )?join my ${NETWORK}`,
  `add me to your network`,
  `would you (?:like|care|be willing|be open) to connect`,
  `(?:it would be|it'd be) (?:great|nice|good|an honou?r|a pleasure) to connect`,
  `(?:I'm|I am) (?:growing|expanding|building) my (?:professional )?network`,
  `looking forward to connecting`,
];

export const GROUP_BOILERPLATE = [
  'has indicated (?:that )?you(?: are|\'re| were)? (?:a |an )?(?:fellow (?:group )?members?|friend|colleague|classmate|business partner)',
];

/** Form-letter openers: a salutation to a role or a kind of person instead of a name. */
const SALUTATION = "(?:dear|hello|hi|hii|hey|(?:warm |warmest )?greetings|respected|respectful|good (?:morning|afternoon|evening|day)|namaste|hola)";
const ADDRESS_ADJECTIVE =
  '(?:most|my|dear|esteemed|respected|valued|fellow|future|linkedin|new|talented|amazing|honou?red|beloved|kind|great|wonderful|lovely|distinguished|potential|prospective|networking|professional|respectful|sweet|lovely|inspiring)';
const ADDRESSEE =
  "(?:sir(?: or | ?/ ?| and )madam|sir ?/ ?ma'?am|sirs?|madam|madame|ma'?am|mam|colleagues?|professionals?|friends?|connections?|members?|users?|networkers?|hiring (?:manager|team)|recruiters?|team|all|everyone|everybody|candidates?|leaders?|experts?|designers?|engineers?|developers?|managers?|founders?|hr|talent|partners?|dear|concern|reader|stranger|human|(?:business )?owners?|entrepreneurs?|marketers?|sales ?people|executives?|visionary|achiever)";
export const FORM_GREETINGS = [
  `(?!(?:hi|hey),? friend)${SALUTATION},? (?:${ADDRESS_ADJECTIVE} )*${ADDRESSEE}`,
  `(?:${ADDRESS_ADJECTIVE} )+${ADDRESSEE}(?=[ \\t]*[,:;!])`,
  'to whom it may concern',
  '(?:warm |warmest )?greetings of the day',
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
  /\[[^\[\]\n]{1,40}\]|\{\{?[^{}\n]{1,40}\}?\}|<[A-Za-z][^<>\n]{0,39}>|%[A-Za-z_]+%|\*\|[A-Za-z0-9_:]{1,40}\|\*|«[\p{L}_][\p{L}\p{N}_]{0,24}(?: [\p{L}\p{N}_]{1,24})?»|\$\{[^{}\n]{1,40}\}|\$[A-Z][A-Z0-9_]{1,39}\b|\$[a-z]+_[a-z_]+\b|_{3,}|\((?:insert|add|your|their|first|recipient|company|contact)[^()\n]{0,30}\)|\bXXX+\b|\b(?:TODO|TBD|FIXME)\b(?! (?:apps?|lists?|items?|managers?|trackers?|comments?|tools?|boards?)\b)|\b(?:[Tt]odo|[Tt]bd|[Ff]ixme):/gu;

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
export const LINKS = ['https?://\\S+', 'www\\.\\S+', '[a-z0-9-]+\\.(?:com|io|co|net|org|ai|ly|app|dev|me)/\\S*'];

const NUMBER_WORD = '(?:\\d+|a few|a couple of|five|ten|fifteen|twenty|thirty|forty-five)';
const MINUTES = `${NUMBER_WORD}[-\\s]?(?:min|mins|minutes?)`;
const MEETING = '(?:call|chat|meeting|demo|zoom|conversation|catch-up|discussion)';

/** Selling in a first message, each shape with a sentence it must match (checked by a test). */
export const SALES_PITCH: ReadonlyArray<{ pattern: string; example: string }> = [
  { pattern: 'calendly', example: 'Grab a slot on my Calendly.' },
  { pattern: `(?:quick|short|brief) (?:${NUMBER_WORD}[-\\s]?(?:min(?:ute)?s? ?)?)?${MEETING}`, example: 'Open to a quick call?' },
  { pattern: `(?:spare|have|got|give me|take|find|need|only|just|in|for) ${MINUTES}|${MINUTES} (?:for a |of your |on your )?(?:${MEETING}|time|calendar)`, example: 'Could you spare 20 minutes next week?' },
  { pattern: `(?:hop|jump|get) on a (?:quick |short )?(?:call|zoom|meeting)`, example: 'Can we hop on a call?' },
  { pattern: `(?:book|schedule|set up|arrange|grab) (?:a|some|your) (?:quick |short |free )?(?:demo|call|meeting|consultation|time on your calendar|spot|seat)`, example: 'Book a demo anytime!' },
  { pattern: `(?:a |good |suitable |convenient )?time (?:for a|to) (?:${MEETING}|talk|discuss|meet)|when's a good time`, example: "When's a good time for a call?" },
  { pattern: 'check out (?:my|our) (?:new )?(?:product|services?|website|site|app|platform|company|offer|solution|tool|startup|page|course|book|agency)', example: 'Check out our platform.' },
  {
    pattern: '(?:my|our) (?:[\\w-]+ )?(?:product|platform|solution|services?|agency|offering|app|tool|firm|suite|program|course|masterclass|accelerator|bootcamp|webinar) (?:can|could|will|helps|does|automates|builds|offers|delivers|gets|cuts|saves)',
    example: 'Our app automates all of it.',
  },
  { pattern: '(?:free|complimentary) (?:trial|consultation|audit|demo|quote|pilot|assessment|strategy session)|first consultation is on me|no credit card', example: "I'll send you a free pilot link." },
  { pattern: '(?:special|exclusive|limited[-\\s]time) (?:offers?|discounts?|deals?|price|pricing)|\\d+ ?% (?:off|discount|below)|(?:price|pricing) list|early[-\\s]bird|lock in', example: 'Exclusive 50% discount for new connections.' },
  { pattern: 'a few minutes of your time', example: 'May I have a few minutes of your time?' },
  { pattern: `(?:grab|steal|borrow|spare) ${NUMBER_WORD} (?:min|mins|minutes)`, example: 'Could I steal 15 minutes?' },
  { pattern: '(?:increase|boost|grow|double|triple|10x) your (?:sales|revenue|leads|pipeline|roi|qualified meetings|meetings)', example: 'We triple your pipeline.' },
  { pattern: 'generate (?:more )?leads|qualified leads|lead[-\\s]gen', example: 'Our lead-gen service works.' },
  { pattern: 'are you the right person|decision[-\\s]makers?', example: 'Are you the right person to talk to?' },
  { pattern: 'sign up (?:for|at|here|now)|buy (?:now|our|my)|reply (?:for|with|yes|"yes"|now|today)|dm me (?:for|to)|act now|(?:don\'t|do not) miss|limited (?:spots|seats|places|spaces)|this (?:week|month) only|(?:ends|closes|expires) (?:soon|today|tonight|friday|this week)|(?:registration|offer|sale|deal|pricing) (?:closes|ends)', example: 'Reply for our price list.' },
  {
    pattern:
      "worth a (?:quick |short |\\d+[-\\s]min(?:ute)? )?(?:conversation|chat|call|look)|want to see how|right person to (?:speak|talk) (?:with|to)|(?:mates'?|special|discounted|introductory) rates|(?:give|show) you a (?:quick )?(?:walkthrough|demo|sample|tour|preview)|pick your brain|(?:virtual |quick )coffee|(?:send|share) you (?:our|my) (?:[\\w-]+ )?(?:deck|pitch|brochure|catalog(?:ue)?|proposal|rates|pricing)|fill your (?:open )?roles|half an hour|on autopilot|(?:cut|cuts|slash|reduce) (?:your )?(?:[\\w-]+ )?(?:bills|costs) by",
    example: 'We cut cloud bills by 35% on average. Worth a conversation?',
  },
  { pattern: '(?:companies|teams|businesses|brands|firms) like yours|(?:show|walk) you (?:through |what we|how (?:we|our))|what we\'ve built|(?:our|my) agency does', example: 'Our agency does exactly this for companies like yours.' },
];

const YOUR_WORK =
  'talks?|posts?|postings?|articles?|blog|book|podcast|episode|papers?|research|work|presentation|keynote|panel|webinar|newsletter|comments?|thread|videos?|course|projects?|library|repo|tool|essays?|interview|piece|study|thesis|report|session|workshop|answer|tweets?|job (?:post|posting|ad|opening)|opening|listing|launch|release|startup|company|team|writing|insights?|take|perspective|story|journey|advice|slides|demo|app|explanations?|answers?|notebooks?|tutorials?|dashboards?|frameworks?|packages?|plugins?|albums?|films?|documentar(?:y|ies)|shows?|columns?|op-eds?|reviews?|speech|sermons?|exhibit(?:ion)?s?|gallery|guides?|threads?|videos?|episodes?|ideas?|thinking|points?|question|survey|data ?set|model|experiment|findings|results|patents?|studies|lectures?|posting|recipe|campaign|photograph\\w*|songs?|music|poems?|novels?|stories|podcasts?|books?|blogs?|channel|newsletters?|courses?|classes|workshops?|talks?|keynotes?|panels?|sessions?|webinars?|presentations?|project|work|designs?|portfolio|photos|art|lecture|class|feedback|contributions?|open[-\\s]source|code|recommendations?|achievements?|career|expertise';

/** Cue phrasings for each of the four personal elements. */
export const TOUCH_CUES: Record<TouchKind, readonly string[]> = {
  met: [
    "(?:we|you and I) (?:have |'ve |had |may have |might have )?(?:met|spoke|spoken|talked|chatted|worked|studied|served|volunteered|collaborated|trained|overlapped|shared|sat|ran into|bumped into|crossed paths)",
    "(?:met|saw|heard|noticed) you (?:at|during|in|on|through|last|when|yesterday|today|earlier)",
    '(?:nice|great|good|lovely|wonderful|a pleasure) (?:to meet|meeting|to see|seeing|talking|chatting|speaking) (?:with )?you',
    '(?:enjoyed|loved|appreciated|thanks for|thank you for) (?:meeting|talking|chatting|speaking|our|the chat|the conversation|your time|your help|your advice|the tip|answering|replying|the reply|your reply|your answer|helping|the help|the intro|the introduction|the advice|having me|hosting)',
    '(?:our|the) (?:chat|conversation|talk|call|meeting|coffee|lunch|dinner|intro) (?:at|during|on|in|last|yesterday|today|this|after|about)',
    "we(?: are|'re| were)? both",
    'both (?:attended|work|worked|studied|belong|are|were|spoke|volunteer|members?)',
    '(?:former|old|ex-?|fellow) (?:[\\w-]+ ){0,3}?(?:alum|colleagues?|co-?workers?|classmates?|teammates?|managers?|boss|clients?|students?|alumn(?:us|a|i|ae)|members?|speakers?|attendees?|volunteers?|graduates?|founders?|engineers?|designers?)',
    'worked (?:with|together|alongside|under|for) you',
    'you (?:interviewed|taught|mentored|hired|managed|coached|helped|advised|reviewed|answered) (?:me|my)',
    '(?:class|room|team|flat|house|lab|band|cohort|ship|bunk)-?mates?|alumn(?:us|a|i|ae)|alums?',
    "(?:and I|we) (?:[\\w-]+ )?(?:worked|studied|served|volunteered|trained|played|sang|ran|taught|were (?:roommates|classmates|colleagues|teammates|neighbou?rs|partners|in)) (?:together|with|at|in|on|for)",
    'your name (?:is|seems|sounds|looks|was|keeps) (?:familiar|coming up)',
    'crossed paths',
    'same (?:[\\w-]+ ){0,2}?(?:team|class|company|cohort|program|bootcamp|course|panel|conference|meetup|event|group|floor|office|school|university|lab|project)',
    'sat (?:next to|beside|behind|across from)',
    'at the (?:[\\w-]+ ){0,4}(?:conference|meetup|summit|workshop|event|booth|hackathon|panel|fair|expo|dinner|party|reunion|session|offsite|retreat|course|class)',
    '(?:belong|belongs|belonged) to the',
    'member of the same',
    '(?:active|involved) in the',
    'I was in your (?:class|workshop|course|session|audience|team|cohort)',
    'your (?:talk|session|workshop|panel|keynote|class) (?:at|in|on|during|yesterday|last)',
    'we grew up|neighbou?rs',
    'remember me|(?:don\'t|do not) know if you remember',
  ],
  mutual: [
    '(?:friend|colleague|co-?worker|classmate|teammate|manager|partner|student|sister|brother|cousin|mentor|mentee|neighbou?r|former boss)s? of(?! mine| yours| the )',
    "friends? with(?! you)",
    'mutual (?:friends?|contacts?|connections?|colleagues?|acquaintances?)',
    'in common',
    '(?:we|you) both know',
    '(?:contacts|connections|friends|colleagues) we share',
    '(?:second|2nd|third|3rd)[-\\s]degree',
    '(?:first|1st)[-\\s]degree',
    'share (?:[\\w-]+ ){0,4}(?:connections|contacts|friends)',
    "(?:suggested|recommended|thought) (?:that )?(?:I|we) (?:should )?(?:connect|reach|get in touch|talk|contact|meet|speak)",
    '(?:introduced|referred|recommended|sent|pointed) (?:me|us)',
    'mentioned (?:you|your)',
    '(?:speaks|spoke|speak) (?:so )?highly of',
    'sends (?:her|his|their) (?:regards|best|greetings)',
    'through (?:our|my|a) (?:friend|colleague|mutual|contact)',
    '(?:connection|connected|introduction|intro) (?:through|via|from)',
    'via (?:our|my) (?:friend|colleague)',
    '(?:told|pointed) me (?:about|to|toward|towards) you',
    'put (?:us|me) in touch',
    'gave me your name',
    "(?:'s|s') recommendation",
    '(?:her|his|their) recommendation',
    'said (?:I|we) should',
    "(?:I'm|I am) \\w+'s (?:sister|brother|friend|colleague|co-?worker|cousin|partner|wife|husband|son|daughter|mentor|mentee|manager|teammate|classmate|roommate|neighbou?r|boss|student)",
  ],
  work: [
    `your (?:[\\w.-]+(?:'s)? ){0,3}?(?:${YOUR_WORK})`,
    "(?:I've|I have|I) (?:been |really |always |just )?(?:read|reading|enjoyed|enjoying|loved|loving|liked|saw|seen|watched|watching|heard|followed|following|admired|admire|appreciated|bookmarked|shared|sharing|quoted|cited|used|using|use|rely on|learned from|learnt from|listened to|listen to|follow|subscribe to|subscribed to|tweet about|tweeted about|tweeting about) (?:your(?! profile| linkedin profile)|you|about|the (?:talk|article|post|book|paper|podcast|interview|piece|thread|episode|keynote|panel)|how|what|that|all|every|everything)",
    `(?:thanks|thank you) for (?:the|your) (?:[\\w-]+ ){0,2}(?:${YOUR_WORK}|ama|q&a)`,
    'congrat(?:s|ulations) on',
    "(?:saw|noticed|read|heard|learned|see) (?:that you|you(?:'re| are| were|'ve| have| had|'d))",
    'impressed (?:by|with)',
    'inspired (?:me|by)',
    'thanks to your',
    'made a (?:real |big |huge )?difference',
    'changed (?:how|the way) I',
    'you (?:wrote|posted|shared|said|built|created|published|spoke|presented|gave|launched|led|organized|organised|tweeted|mentioned|made|started|founded|designed|released|announced|argued|explained)',
    "you're (?:hiring|building|working on|looking for|leading|organizing|organising|speaking)",
    'your team (?:is|was|has)',
    'admire (?:how|what|the way)',
  ],
  value: [
    '(?:happy|glad|keen|eager|willing|able|delighted|pleased|here) to (?:help|share|introduce|chat|support|contribute|return|pass|offer|make|give|review|answer|swap|exchange|trade|lend|mentor|collaborate|host|send|walk you|show you|talk shop|compare notes|put you in touch)',
    "(?:I|we) (?:can|could|might|would love to|'d love to|'d be glad to|'d be happy to|would be happy to|would be glad to) (?:help|share|introduce|offer|support|contribute|bring|send|make|give|refer|connect you|review|answer|pass|return|host|mentor)",
    'if (?:I|we) can (?:help|be of|ever help|be useful|return|assist|support)',
    'if (?:there is|there\'s) anything I can',
    'let me know if',
    '(?:my|our) (?:experience|background|expertise|network|research|work|notes|team|skills) (?:in|with|on|could|might|may|as|at|is|are|covers)',
    '(?:in|as a) return',
    'return the favou?r',
    '(?:could|might|may|would) be (?:useful|helpful|of use|of interest|valuable|relevant)',
    "(?:I|we)(?:'re| are| am|'m) (?:hiring|recruiting|looking for|building|organizing|organising|hosting|running|launching|writing|researching|studying|working on|working in|working at|based in|new to|moving to|relocating)",
    '(?:I|we) (?:run|organize|organise|host|lead|manage|maintain|founded|co-founded|cofounded|teach|mentor|coach|work|specialize|specialise|focus|consult|freelance|volunteer|design|build|write|research|study|help|support)',
    "(?:I'm|I am|I work as|I've been) (?:a|an|the) (?:[\\w-]+ ){0,3}(?:engineer|designer|developer|manager|recruiter|founder|consultant|researcher|writer|student|graduate|analyst|scientist|marketer|lead|director|teacher|nurse|lawyer|architect|professional|freelancer|specialist|coach|editor|journalist|photographer|artist|investor|advis[eo]r|owner|partner|intern|organi[sz]er|volunteer|member|speaker|maintainer|contributor|strategist|accountant|economist|physician|doctor|producer|head|officer|product manager|rn|chaplain|cpa|dev|pharmacist|therapist|counsel(?:l)?or|paralegal|attorney|banker|trader|chef|pilot|technician|mechanic|electrician|firefighter|veteran|pastor|librarian|curator|musician|author|illustrator|animator|copywriter|translator|interpreter|tutor|professor|lecturer|postdoc|ceo|cto|cfo|coo|vp|cofounder|co-founder|entrepreneur|contractor|realtor|broker|dentist|surgeon|vet|veterinarian|midwife|paramedic|dietitian|nutritionist|trainer|operator|planner|buyer|seller|creator|builder|fellow|candidate|apprentice|mom|dad|parent)s?",
    'can (?:help|assist|support|advise|introduce|share|offer|mentor|review|connect you)',
    '(?:looking|searching|applying) for (?:a |an |my |new |the )?(?:[\\w-]+ ){0,3}(?:role|roles|position|positions|job|jobs|opportunit\\w*|internship|opening|openings|work)',
    'keep me in mind',
    '(?:my|see my) (?:resume|résumé|cv|portfolio|profile)',
    '(?:recent|soon-to-be|new|upcoming) (?:graduate|grad)',
    'compare notes|swap (?:notes|ideas|stories)|exchange (?:ideas|notes)',
  ],
};

const PERSON = "(?!(?:I|It|This|That|He|She|They|We|You|Someone|Everyone|Nobody|LinkedIn|Google|Everything)\\b)\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]+)?";

/**
 * A mutual connection named in the note: a capitalised name next to what they said or did.
 * Matched case-sensitively (capitals are the signal), as plain regular expressions.
 */
export const NAMED_MUTUAL_CUES = [
  `(?:[Mm]y|[Oo]ur) (?:good |old |dear |former |close )?(?:friend|colleague|co-?worker|manager|mentor|boss|classmate|roommate|teammate|cousin|sister|brother|partner|neighbou?r|professor|advis[eo]r) ${PERSON}`,
  `${PERSON}(?: from [^.!?\\n]{1,40}?)? (?:said|says|told|recommended|mentioned|suggested|introduced|thought|speaks|spoke|pointed|referred|sends|sent|and I)\\b`,
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
