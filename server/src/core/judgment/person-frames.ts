/**
 * Frames about who someone is: the reader's job and career as a profile gives them (a mail merge
 * fills these in), the sender's description of themselves, and invitations into the sender's world.
 * Each carries an example that `test/core/judgment.test.mjs` matches against its pattern.
 */
import type { Phrase } from './requests';
import { wordList } from './words';

const words = (list: string) => wordList(list).join('|');

/** Job titles, as a sender gives their own ("Talent partner at Deloitte") and a mail merge gives the reader's. */
const ROLES = words(`
  partner recruiter engineer manager founder cofounder co-founder director lead consultant designer developer
  analyst scientist cfo ceo cto coo cmo vp head officer specialist executive advisor adviser associate intern
  student researcher professor teacher nurse doctor architect accountant marketer strategist owner
`);

/** A job title's last word: a listed role, or a word shaped like one ("actuary", "pharmacist", "lawyer"); "the honey lady at the market" is no title. */
const JOB = `(?:${ROLES}|pilot|chef|attorney|captain|surgeon|paramedic|midwife|coach|colonel|sergeant|lieutenant|commander|admiral|major|corporal|[a-z]+(?:er|or|ist|ant|ent|ian|ary|ive|ee)|(?:chief|senior|head|lead|principal|staff|junior|associate|assistant|deputy|vice|executive|general|managing) [\\w-]+)`;

/** Facts a mail merge fills in from a profile: the company or title in them names nothing shared. */
export const PROFILE_FACTS: readonly Phrase[] = [
  {
    pattern: "(?:you|and) (?:currently |now |still )?(?:work|working) (?:as (?:a |an )?(?:[\\w'&][\\w'&./+@-]* ){0,3}?)?(?:at|for|with|in) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,4}",
    example: 'I see you work at Acme Corp.',
  },
  {
    pattern: `(?:you're|you are|you've been|you have been|you're now|you are now) (?:(?:currently|now|still) )?(?:(?:a|an|the) (?:[\\w'&][\\w'&./+@-]* ){0,3}?${JOB} (?:of (?:[\\w'&-]+ ){1,2})?|(?:[\\w'&][\\w'&./+@-]* )?(?:${ROLES}) (?:of (?:[\\w'&-]+ ){1,2})?)?(?:at|with|for|in|based in|located in) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,8}`,
    example: "Noticed you're a product lead at Contoso.",
  },
  {
    pattern: "your (?:current |new |recent )?(?:role|position|job|title|time|tenure|career|experience|work|background|company|team|journey|profile) (?:(?:as|of) (?:a |an |the )?(?:[\\w'&][\\w'&./+@-]* ){0,6}?)?(?:at|with|in|for) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,2}",
    example: 'I admire your career at Globex Industries.',
  },
  {
    pattern: '(?:congrats|congratulations|happy) (?:on )?(?:your )?(?:\\d+|one|two|three|four|five|ten) (?:years?|months?)(?: (?:at|with) [\\w\'&-]+(?: [\\w\'&-]+){0,2})?|(?:\\d+(?:st|nd|rd|th)? )?work anniversary(?: (?:at|with) [\\w\'&][\\w\'&./+@-]*(?: [\\w\'&][\\w\'&./+@-]*){0,2})?|(?:new|recent) (?:role|position|job|promotion)',
    example: 'Congrats on 5 years at Deloitte!',
  },
  { pattern: "your (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|many) (?:years?|months?) (?:at|with|in) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,2}", example: 'Your 8 years at Oracle caught my eye.' },
  {
    // "As Head of Procurement at Dangote Cement, your leadership ...": their title and company, as a mail merge fills them in.
    pattern: "as (?:the |a |an )?(?:[\\w'&][\\w'&./+@-]* ){1,4}(?:at|of|for|with|in) (?:[\\w'&][\\w'&./+@-]* ){0,5}[\\w'&][\\w'&./+@-]*(?= (?:, )?(?:your|you|you're)\\b)",
    example: 'As CTO of Initech, your vision for the platform is inspiring.',
  },
  { pattern: "(?:you went to|you studied at|you graduated from|you joined) [\\w'&][\\w'&./+@-]*(?: (?!and\\b|but\\b)[\\w'&][\\w'&./+@-]*){0,4}", example: 'Noticed you went to Stanford!' },
  {
    // A career read off a profile: "your journey from intern to VP at Salesforce", "your recent promotion to Senior Actuary at Zurich".
    pattern: "your (?:[\\w-]+ ){0,2}(?:journey|path|rise|climb|career|trajectory|progression|move|transition|promotion)(?: from (?:[\\w'&-]+ ){1,4}?to (?:[\\w'&-]+ ){0,3}?[\\w'&-]+| to (?:[\\w'&-]+ ){0,3}?[\\w'&-]+)?(?: (?:at|with|in) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,2})",
    example: 'Congratulations on your recent promotion to Senior Actuary at Zurich!',
  },
  {
    pattern: "(?:you|and) (?:now |currently |still )?(?:lead|leading|head|heading|manage|managing|oversee|overseeing|run|running) (?:the )?(?:[\\w-]+ )?(?:product|engineering|marketing|sales|operations|ops|design|data|growth|hr|finance|people|partnerships|strategy|research|team|teams|department|division) (?:at|for|with) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,3}",
    example: 'Saw you studied at Stanford and now lead product at Google.',
  },
  { pattern: "(?:what|all) (?:you've|you have|you) (?:built|done|achieved|accomplished|created|grown) (?:at|with) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,3}", example: "Impressive to see what you've built at Aegean Shipping." },
  { pattern: "(?<=^ |\\. |, )\\d+\\+? years? (?:at|with) [\\w'&][\\w'&./+@-]*(?: (?!and\\b)[\\w'&][\\w'&./+@-]*){0,2}(?: and now (?:an? )?(?:[\\w'&-]+ ){0,3}[\\w'&-]+)?", example: 'Hi Olga, 12 years at Siemens Energy and now Regional Director? Wow.' },
  { pattern: "[\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,3} (?:is|are) (?:so |very |really )?lucky to have (?:you|an? (?:[\\w'&-]+ ){0,3}like you)", example: 'Riverside Unified is lucky to have an Assistant Principal like you!' },
  { pattern: "(?:i see|i saw|saw|noticed|i noticed) (?:that )?you (?:use|know|work with|have experience (?:in|with)) [\\w'&][\\w'&./+@-]*(?: (?:,|and) [\\w'&][\\w'&./+@-]*){0,6}", example: 'I see you use Python, Kubernetes and Terraform.' },
  { pattern: "(?:voce|tu|usted) (?:trabalha|trabaja|trabajas|travailles|travaillez|arbeitest|arbeiten) (?:na|no|em|en|para|chez|bei) [\\w'&][\\w'&./+@-]*(?: [\\w'&][\\w'&./+@-]*){0,5}", example: 'Vi que você trabalha na Natura como Gerente de Marketing.' },
];


/** The sender describing themselves: names in it belong to the sender, not to a shared world. */
export const SELF_DESCRIPTIONS: readonly Phrase[] = [
  {
    pattern:
      "(?:(?:i'm|i am|im)(?! the (?:[\\w'-]+ ){0,3}?(?:from|who|whose|that|you))|i work|i've worked|i have worked|i've been working|i've been with|i have been with|i've been at|i lead|i run|i manage|i head|i own|i founded|i co-founded|i started|i recruit|i represent|i specialize|i specialise|i focus|i help|i do|i have|i've got|my name is|i live|i recently joined|i just joined|i joined|i study|i'm studying|i graduated|i'm graduating|(?<=^ |\\. |, )as (?:an?|the))\\b",
    example: "I'm a recruiter at Northwind and I'd like to connect.",
  },
  { pattern: '(?:my|our) (?:company|team|firm|agency|startup|business|employer|school|university|clients?)\\b', example: 'My agency works with Shopify brands.' },
  { pattern: "[\\w'&][\\w'&./+@-]* (?:from|at|with) (?:[\\w'&][\\w'&./+@-]* ){0,3}here(?= [.,!-]|$)", example: 'Kate from Apex Talent here, hope you are well.' },
  { pattern: "(?<=^ |\\. |, )myself\\b", example: 'Hi, myself Pooja from Nagpur, doing my final year.' },
  { pattern: "(?<=^ |\\. |, )(?:trabalho|trabajo|travaille|arbeite) (?:com|na|no|em|en|con|como|dans|chez|bei|als)\\b|(?<=^ |\\. |, )(?:sou|soy|je suis|ich bin)(?! (?:el|la|los|las|o|a|os|as|le|les|der|die|das) )(?: (?:um|uma|un|una|une|ein|eine))?\\b", example: 'Olá! Trabalho com exportação de café em Minas Gerais.' },
  // A sentence that is a job title ("Retired Colonel, 30 years of service"), unless it dates a time the two shared ("Aldi Nord intern, 2012").
  { pattern: `(?<=^ |\\. )(?!(?:hi|hii|hello|hey|dear|hallo|hola|bonjour|ola|good|greetings|namaste)\\b)(?:[\\w'&-]+ ){0,3}${JOB}(?: (?:de|of|du|di) [\\w-]+)?(?= [,.!]|$)(?![^.]* (?:19[5-9]\\d|20[0-3]\\d|'\\d\\d)(?= |$))`, example: 'Retired Colonel, 30 years of service, now advising on security.' },
  { pattern: '(?:greetings|hello|hi|regards|wishes|writing|waving) from(?! the\\b)|from (?:the |our )?(?:team|folks|crew|office|offices|department|ministry|board|desk) (?:at|of|behind)\\b', example: 'A quick hello from the team at Northwind Analytics.' },
  { pattern: `(?<=^ |\\. )as (?:[\\w'&-]+ ){0,2}${JOB}\\b`, example: "As Founder & CEO of BrightPath, I'm always keen to meet new people." },
  { pattern: "(?<=^ |\\. )(?:a )?proud\\b|(?<=^ |\\. )(?:i'm |i am |we're |we are )?based (?:at|in|out of)\\b", example: 'Proud nurse and mum of two. Based in Leeds.' },
  { pattern: "(?<=^ |\\. )(?:(?:i'm|i am|very|deeply|truly|so) )?(?:passionate|enthusiastic|obsessed|excited) (?:about|by|for|with)\\b", example: 'Passionate about Cloud, DevOps and Generative AI.' },
  { pattern: "(?<=^ |\\. )(?:[\\w'&][\\w'&./+@-]* ){1,8}here(?= [.,!:-]|$)", example: 'Senior Java developer here, currently open to work.' },
  { pattern: "(?<=^ |\\. )with (?:over |more than |nearly |almost |about )?[\\w]+(?: \\+)? years?\\b", example: 'With 15+ years in B2B SaaS, I know what it takes to scale.' },
  {
    pattern: `(?<=^ |\\. |, )(?:[\\w'&][\\w'&./+@-]* ){0,3}(?:${ROLES}) (?:of (?:[\\w'&-]+ ){1,2})?(?:at|with|for|in|from)\\b`,
    example: 'Talent partner at Deloitte. Hope the new year treats you well!',
  },
];

/** Asking the reader into the sender's world, which makes what the sender names shared. */
export const INVITATIONS: readonly Phrase[] = [
  {
    pattern: '(?:have|invite|host|feature|welcome|bring) you (?:to |as |on |at |in |for )?(?:give|speak|join|present|teach|talk|come|visit|be|our|the|a)\\b',
    example: "I'm the organiser of the Leeds JS meetup and would love to have you give a talk.",
  },
];
