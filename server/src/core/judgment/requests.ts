/**
 * Requests to connect, as a small grammar over the normalised line (lower case, one space between
 * tokens, `'` for every apostrophe): a verb, you, a preposition and a network noun, with or
 * without "on LinkedIn". Each shape carries an example that `test/core/judgment.test.mjs` matches.
 */
import { lineMatches, linePattern, tablePattern, tokenize, type TokenizedNote, type TokenRange } from './tokens';

export interface Phrase {
  /** A pattern over the normalised line. */
  pattern: string;
  /** A sentence, as a user writes it, that the pattern must match. */
  example: string;
}

const YOU = '(?:you|u|yourself|ya)';
const LINKEDIN = '(?:linkedin|linked in|li)';
const NETWORK_NOUN =
  '(?:network|networks|connections|connection list|contacts|contact list|contact book|circle|circles|community|communities|list of connections|rolodex|sphere)';
const NETWORK_ADJECTIVE = `(?:professional|${LINKEDIN}|personal|growing|trusted|wider|extended|online|business|own|new|small|expanding|ever-growing|global|little|wonderful|great|distinguished|esteemed|valued|amazing|impressive|extensive|vast|vibrant|strong)`;
const NETWORK = `(?:my|our|your) (?:${NETWORK_ADJECTIVE} )*${NETWORK_NOUN}`;
const ON_LINKEDIN = `(?: (?:here )?(?:on|via|through|at) (?:${LINKEDIN}|this platform|this site|here))?`;
const JOIN = '(?:join|joined|joining|join in|be part of|become part of|be a part of|become a part of|be in|enter|be among)';
const PUT = '(?:to|into|in|among|amongst|as part of|within|onto|on|as one of|to be part of|to be among)';
const AUDIENCE =
  '(?:(?:[a-z&-]+ ){0,3}(?:professionals|people|leaders|experts|peers|folks|others|minds|individuals|talent|members|[a-z-]+(?:ers|ists|ants|ents|ors))(?: (?:in|from|across|of|within|around) (?:the |our |my )?[a-z&-]+(?: [a-z&-]+)?)?)';

/** A phrase as the normalised line spells it (accents and vowel signs folded), escaped for a pattern. */
function folded(phrase: string): string {
  return tokenize(phrase).line.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** LinkedIn's stock sentence and its near copies: reported even in a personal note. */
export const STOCK_SHAPES: readonly Phrase[] = [
  {
    pattern: `add ${YOU} (?:to|into|in) my (?:(?:professional|${LINKEDIN}) )+(?:network|contacts|connections|contact list)${ON_LINKEDIN}`,
    example: "I'd like to add you to my professional network on LinkedIn.",
  },
  { pattern: `add ${YOU} (?:to|into) my (?:network|contacts|connections) (?:on|via) ${LINKEDIN}`, example: 'Happy to add you to my network on LinkedIn.' },
  { pattern: `join (?:your|ur) (?:(?:professional|${LINKEDIN}) )+network`, example: "I'd like to join your LinkedIn network." },
  // LinkedIn's stock sentence as it ships in other languages (accents are folded in the normalised line).
  { pattern: `(?:anadir|agregar)(?:te|le|lo|la) a mi red(?: profesional)?(?: (?:de|en) ${LINKEDIN})?`, example: 'Me gustaría agregarte a mi red profesional de LinkedIn.' },
  { pattern: `(?:vous ajouter|t'ajouter) a mon reseau(?: professionnel)?(?: (?:sur|de) ${LINKEDIN})?|rejoindre mon reseau (?:professionnel|${LINKEDIN})`, example: 'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.' },
  { pattern: `(?:sie|dich) (?:gerne |gern )?(?:zu|in) meinem (?:beruflichen |professionellen )?netzwerk(?: (?:auf|bei) ${LINKEDIN})? hinzufugen`, example: 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.' },
  { pattern: `(?:adiciona-lo|adiciona-la|adicionar voce|te adicionar|adicionar-te) a minha rede(?: profissional)?(?: (?:no|do) ${LINKEDIN})?`, example: 'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.' },
  { pattern: `aggiunger(?:ti|la|lo) alla mia rete(?: professionale)?(?: (?:su|di) ${LINKEDIN})?`, example: 'Vorrei aggiungerti alla mia rete professionale su LinkedIn.' },
  { pattern: `(?:je|u) (?:graag )?toevoegen aan mijn (?:professionele )?netwerk(?: op ${LINKEDIN})?`, example: 'Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.' },
  { pattern: folded('إضافتك إلى شبكتي'), example: 'أود إضافتك إلى شبكتي المهنية على LinkedIn.' },
  { pattern: `(?:${folded('नेटवर्क में जोड़ना')}|${folded('नेटवर्क से जुड़ना')})`, example: 'मैं आपको LinkedIn पर अपने प्रोफेशनल नेटवर्क में जोड़ना चाहता हूँ।' },
  // Chinese runs its words together, so the phrase sits inside one token of the line.
  { pattern: '[^ ]*(?:加入|添加)[^ ]*(?:职业|專業|专业|職業)(?:人脉|人脈|网络|網絡|社交网络)[^ ]*', example: '我想邀请您加入我在LinkedIn上的职业人脉。' },
];

/** Every other way of asking to connect: reported only when nothing in the note is personal. */
export const REQUEST_SHAPES: readonly Phrase[] = [
  {
    pattern: `(?:add|adding|welcome|invite|bring|include|count|have|get|see|list|put|keep|number|want) ${YOU} (?:(?:to )?${JOIN} |${PUT} )(?:one of )?${NETWORK}(?: of ${AUDIENCE})?${ON_LINKEDIN}`,
    example: "I'd love to count you among my connections.",
  },
  { pattern: `${JOIN} ${NETWORK}${ON_LINKEDIN}`, example: "I'd like to invite you to join my LinkedIn network." },
  {
    pattern: `(?:connect|connecting|reconnect|link up|linking up|(?<!(?:the|a|this|that|my|our) )link in|get connected|be connected|being connected|stay connected|keep in touch|stay in touch|be in touch|network with|networking with)(?! ${YOU} (?:with|to)\\b| the dots| (?:design|research|data|people|teams|ideas) (?:and|with|to)\\b)(?: with (?:${YOU}|each other|${AUDIENCE}))?${ON_LINKEDIN}`,
    example: "Let's connect!",
  },
  { pattern: `(?<=(?:let's|lets|us|to|and) )network(?= (?:sometime|together|soon|some time)\\b| [.,;:!?-]|$)|(?:adding|add) ${YOU}(?= [.,;:!?-]| here| on| hope|$)|(?:pls|plz|please|kindly) (?:accept|add|connect)\\b|(?:accept|add) (?:please|pls|plz)|by accepting`, example: "adding you, hope that's ok" },
  {
    pattern: `(?:send|sending|sent) (?:${YOU} )?(?:a |an |this |my )?(?:connection |linkedin )?(?:request|invite|invitation)|here's my (?:request|invite)|(?:mind|excuse) the (?:invite|request)`,
    example: "You showed up in my suggestions, so I'm sending an invite.",
  },
  {
    pattern: `(?:be|being|become) (?:one of )?(?:your |my )?(?:connections?|connected|linked)(?: with ${YOU})?|(?:were|are|get|got) connected|join me(?: here| on ${LINKEDIN})?(?= [.?!,]|$)|linking in|(?:happy|glad|love|like) to link\\b|say yes to (?:this|my) (?:little )?(?:invite|invitation|request)|(?:click|hit|tap) accept|(?:please|pls|kindly) do (?:accept|add|connect)`,
    example: 'May I have the pleasure of being one of your connections?',
  },
  {
    pattern: `(?:appreciate|value|welcome|love) (?:the|a|your) (?:connection|connect)\\b|(?:look|looking) forward to (?:our|the|this|a) connection\\b|(?:welcome|invite|add|bring) (?:[a-z-]+ ){1,3}(?:into|to) my ${NETWORK_NOUN}|(?:hope|hoping) (?:you'll|you will|you can|you'd|you) accept`,
    example: 'Always glad to welcome new people into my network. Hope you will accept.',
  },
  { pattern: '(?:welcome|accept|accepting) (?:all|every|any) (?:connections?|invites?|invitations?|requests?)|(?:make|making) (?:more |new )?connections', example: 'Open networker, I welcome all connections.' },
  {
    pattern: `(?:expand|grow|widen|build|extend|broaden|strengthen|increase|enlarge|enrich|develop|growing|expanding|building|widening) (?:my|our) (?:${NETWORK_ADJECTIVE} )*${NETWORK_NOUN}(?: (?:with|of) ${AUDIENCE})?`,
    example: 'Connecting to expand my contacts.',
  },
  {
    pattern: '(?:accept|accepting|approve|consider) (?:my|this|the|our) (?:(?:connection|linkedin|friend|network) )?(?:invitation|invite|request)',
    example: 'Please accept my invitation.',
  },
  { pattern: '(?:add|accept) me(?: (?:to|on|as|back)\\b| please)?', example: 'hey, add me' },
  { pattern: `(?:be|being|get|getting) added to (?:your|my) (?:${NETWORK_ADJECTIVE} )*${NETWORK_NOUN}`, example: 'I would be honoured to be added to your network.' },
  { pattern: `(?:a |an )?(?:[a-z-]+ )?addition to (?:my|our) (?:${NETWORK_ADJECTIVE} )*${NETWORK_NOUN}`, example: 'Your expertise would be a valuable addition to my network.' },
  { pattern: '(?:connection|connect|network|linkedin) (?:request|invitation|invite)', example: 'Sending you a connection request.' },
  {
    pattern: `(?:be|become|being|make|making) (?:your |good )?(?:${LINKEDIN} )?(?:friends?|friendship)(?: with ${YOU})?${ON_LINKEDIN}`,
    example: 'Would be glad to be your friend on LinkedIn.',
  },
  // The same requests in the languages whose stock sentences are above (accents folded).
  { pattern: 'conectar(?:me)? (?:contigo|con usted|con ustedes)|(?:formar|ser) parte de (?:tu|su) red|(?:unirme|sumarme) a (?:tu|su) red', example: 'Me encantaría conectar contigo.' },
  { pattern: "(?:rejoindre|integrer) (?:votre|ton) reseau|(?:me connecter|entrer en contact|etre en contact) avec (?:vous|toi)", example: 'Je serais ravi de rejoindre votre réseau professionnel.' },
  { pattern: '(?:mit (?:ihnen|dir|euch) )?(?:zu )?vernetzen|(?:ihrem|deinem) netzwerk (?:beitreten|anschliessen)', example: 'Ich würde mich freuen, mich mit Ihnen zu vernetzen.' },
  { pattern: "(?:conectar|me conectar|conectar-me) (?:com voce|consigo|contigo)|nos conectar|fazer parte da (?:sua|tua) rede", example: 'Gostaria de me conectar com você.' },
  { pattern: '(?:collegarmi|connettermi) con (?:te|lei|voi)|entrare (?:nella tua|nella sua) rete', example: 'Mi piacerebbe collegarmi con te.' },
];

const STOCK = tablePattern(STOCK_SHAPES);
const REQUEST = tablePattern(REQUEST_SHAPES);

export interface Requests {
  stock: TokenRange[];
  other: TokenRange[];
}

/** A note that thanks the reader for accepting is written after the connection: it asks for none. */
const THANKS_FOR_CONNECTING = linePattern("(?:thanks|thank you|thx|ty)(?: so much| again)? for (?:connecting|accepting|the (?:connection|connect|add)|adding me|linking up)", '');

/** Where the note asks to connect, LinkedIn's stock sentence apart. */
export function findRequests(note: TokenizedNote): Requests {
  const stock = lineMatches(note, STOCK);
  if (THANKS_FOR_CONNECTING.test(note.line)) return { stock, other: [] };
  const other = lineMatches(note, REQUEST).filter((range) => !stock.some((s) => s.from < range.to && range.from < s.to));
  return { stock, other };
}

/** Whether a shape's pattern matches its own example: the test of the table. */
export function shapeMatchesExample(shape: Phrase): boolean {
  return linePattern(shape.pattern).test(tokenize(shape.example).line);
}
