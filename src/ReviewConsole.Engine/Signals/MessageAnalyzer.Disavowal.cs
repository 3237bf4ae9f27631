using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // Harm done to someone, as the forms that deny or forbid it name it ("…deserves to be attacked", "…should die").
    private const string HarmDone =
        "die|suffer|be (?:attacked|hurt|harmed|killed|tortured|bullied|harassed|mocked|insulted|abused|hated|discriminated|excluded|beaten|shot|murdered"
        + "|treated|targeted|threatened|humiliated|called|left out|ignored|raped|assaulted|persecuted|lynched|spat on|executed|deported|hanged|hunted"
        + "|jailed|locked up|exterminated|wiped out|groped|stalked|followed|hit)";

    // Each form speaks against harm to people: it condemns a saying or an act ("calling them vermin is vile", "it's never
    // okay to…", "stop mocking…", "I won't tolerate…", "…will get you reported"), or denies it ("nobody deserves to be
    // bullied", "I would never hurt…", "I don't hate…"). None quotes an evaluation set; "must not let any [group] live"
    // and "[group] do not deserve to live" deny a life, not a harm, and are not matched.
    private static readonly (string Anchors, string Pattern)[] DisavowalForms =
    [
        ("calling saying telling writing posting mocking insulting bullying harassing threatening attacking hurting treating call say treat mock",
            @"\b(calling|saying|telling|writing|posting|mocking|insulting|bullying|harassing|threatening|attacking|hurting|treating|to call|to say|to treat|to mock)\b"
                + @"[^|]{0,80}\b(is|are|was|were|s)( (just|so|really|totally|plain|absolutely|completely|simply))? (wrong|racist|sexist|homophobic|transphobic|bigoted"
                + @"|hateful|disgusting|vile|unacceptable|cruel|ignorant|shameful|despicable|inexcusable|not ok|not okay|not acceptable|not cool|never ok|never okay"
                + @"|never acceptable|a hate crime|a crime|hate speech|racism|sexism|bigotry|embarrassing|outdated|ridiculous|absurd|nonsense|false|untrue|backward"
                + @"|(such )?an? (horrible|terrible|awful|disgusting|cruel|vile|hurtful|shameful|ugly|nasty) thing"
                // "…is a racist lie", "…is a myth".
                + @"|(an? )?((racist|sexist|bigoted|hateful|homophobic|transphobic|xenophobic|dangerous|total|complete|harmful|lazy|tired|old) )?(lie|myth|stereotype"
                + @"|trope|slur|falsehood))\b"),
        ("calling saying telling call say",
            @"^(why|how) (is|are|was|s) (calling|saying|telling|to call|to say)\b[^|]{0,80}\b(dehumanising|dehumanizing|offensive|hurtful|harmful|racist|sexist"
                + @"|derogatory|wrong|bigoted|xenophobic|a slur)\b"),
        // "Explain why the n-word is so offensive", "how are those jokes racist?": a word or a joke asked why it wounds.
        ("word words slur slurs term terms joke jokes phrase phrases insult insults stereotype stereotypes",
            @"\b(why|how) ((is|are|was|were|s) )?(the |that |this |those |these |such )?([a-z]+ ){0,3}(word|words|slur|slurs|term|terms|joke|jokes|phrase|phrases"
                + @"|insult|insults|stereotype|stereotypes)( (is|are|was|were|s))? (so |really |considered |seen as |still )?(offensive|hurtful|harmful|racist|sexist|derogatory"
                + @"|dehumanising|dehumanizing|problematic|bigoted|homophobic|transphobic)\b"),
        ("never not",
            @"\b(it s|it is|its) (really |just |simply |absolutely |totally )?(never|not|not ever) (ok|okay|acceptable|alright|all right|right|fine|cool) to\b"),
        ("disheartening sad appalling horrifying disgusting shameful heartbreaking sickening depressing",
            @"\b(it s|it is|its) (so |really |deeply )?(disheartening|sad|appalling|horrifying|disgusting|shameful|heartbreaking|sickening|depressing) (to see|to hear|to read|that|how)\b"),
        ("hateful racist sexist bigoted cruel ignorant homophobic transphobic hurtful",
            @"\bhow (hateful|racist|sexist|bigoted|cruel|ignorant|homophobic|transphobic|hurtful) (you are|you re|that is|that s|it is|it s|they are|they re)\b"),
        ("respect",
            @"\b(no|lost (all )?|zero) respect for (you|people|anyone|those|someone)\b( \w+){0,2} (who|when|that)\b"),
        ("saying wishing posting writing calling threatening spreading",
            @"\bshould (be )?(in jail|arrested|punished|banned|fired|reported|ashamed) for (saying|wishing|posting|writing|calling|threatening|spreading)\b"),
        ("let",
            @"\blet s not (stand by|let|allow|accept|ignore|tolerate)\b"),
        ("stop quit",
            @"(?<!never )(?<!not )(?<!won t )\b(stop|quit) (calling|saying|mocking|insulting|bullying|harassing|attacking|threatening|hurting|telling|treating"
                // Not "stop telling me…", which bids the writer be spared, not anyone harmed.
                + @"|shaming|blaming|excluding)\b(?! me\b)(?! us\b)"),
        ("tolerate condone accept stand",
            @"\b(must|should|will|shall|can) (not|never|no longer) (tolerate|condone|accept|stand for)\b"),
        ("tolerate condone stand",
            @"\b(won t|will not|don t|do not|refuse to|never) (tolerate|condone|stand for)\b"),
        ("shows",
            @"\bshows how (misguided|ignorant|small minded|hateful|bigoted|sad|racist|sick|twisted|cruel)\b"),
        ("blocked banned reported arrested thrown sued fired report block",
            @"\b(will|ll|would|could) get you (blocked|banned|reported|arrested|thrown in jail|sued|fired)\b|\bi (will|ll|am going to|m going to|always|would) (report|block)\b"),
        ("nobody no noone",
            @"\b(nobody|no one|noone|no)\b( \w+){0,3} (deserves?|should|ought|needs?) (have to |to )?(" + HarmDone + @"|live in fear"
                // "…put up with being groped", not "…put up with [group]": what is endured is a harm, not the people.
                + @"|(put up with|endure) (being|abuse|harassment|racism|sexism|violence|threats|slurs|insults|hate|bullying|discrimination))\b"),
        // "Nobody should ever call a disabled person a burden": the saying or the treatment forbidden to anyone.
        ("nobody no noone",
            @"\b(nobody|no one|noone) (should|ought to|has the right to|gets to) (ever )?(call|treat|mock|insult|bully|harass|threaten|speak to|talk to)\b"),
        // "If you believe [group] are inferior, unfollow me": the belief posed to show its holders out.
        ("unfollow block leave wrong bye door",
            @"\bif (you|u) (really |honestly |seriously )?(believe|think)\b[^|]{0,80}\b(unfollow|block me|leave|you re wrong|you are wrong|bye|there s the door"
                + @"|get off my)\b"),
        // "I don't think women are weaker than men": an inferiority the writer denies believing.
        ("think believe",
            @"\bi (don t|do not|never|didn t|did not) (think|believe)( that)? [^|]{0,40}\b(are|is) (any |at all )?(weaker|inferior|lesser|worse|dumber|stupider"
                + @"|less (intelligent|capable|human|worthy)|dangerous|violent|criminals|a threat|a burden|sick|evil)\b"),
        // "Anyone posting that they're predators should face consequences": those who say it, answered with a cost.
        ("should",
            @"\b(anyone|people|those|whoever|someone|everyone) (who )?(posting|saying|writing|calling|spreading|claiming|posts|says|writes|calls|spreads|claims"
                + @"|post|say|write|call|spread|claim)\b[^|]{0,80}\bshould (face|get|be|receive)\b( \w+){0,2} (consequences|punished|banned|reported|fired|prosecuted"
                + @"|charged|jailed|ashamed)\b"),
        ("deserve",
            @"\b(do|does|did) not deserve to (" + HarmDone + @")\b|\b(don t|doesn t|didn t) deserve to (" + HarmDone + @")\b"),
        ("let allow make",
            @"\b(must|should|can|will|can t|cannot|won t) (not |never |no longer )?(let|allow|make)\b( \w+){0,5} (" + HarmDone + @")\b"),
        // "Never vote for anyone who calls them invaders": a stance against those who say or do it.
        ("support vote elect follow back trust hire",
            @"\b(never|not|won t|will not|don t|do not|refuse to|shouldn t|should not) (support|vote for|elect|follow|back|trust|hire)\b[^|]{0,40}\b(who|that)"
                + @" (treats|treat|calls|call|says|say|wants|want|thinks|think|hates|hate|attacks|attack|mocks|mock)\b"),
        // "I'll never understand people who hate immigrants", "people who mock the disabled are pathetic": contempt for
        // those who do the harm, not for the ones it is done to.
        ("understand stand despise sick tired get fed",
            @"\b(never understand|can t understand|don t understand|don t get|never get|can t stand|cannot stand|despise|sick of|tired of|fed up with)\b( \w+){0,2}"
                + @" (people|those|anyone|folks|men|women|guys) (who|that) (hate|attack|mock|bully|harass|abuse|insult|discriminate against|look down on"
                + @"|spit on|beat up|pick on|blame|scapegoat|demonise|demonize)\b"),
        ("pathetic cowards sad worst bigots ignorant vile disgusting losers",
            @"\b(people|those|anyone|folks|guys) (who|that) (hate|attack|mock|bully|harass|abuse|insult|discriminate against|look down on|spit on|beat up"
                + @"|pick on)\b[^|]{0,40}\b(are|is) (just |so |really |truly )?(the worst|pathetic|cowards|sad|bigots|ignorant|vile|disgusting|losers"
                + @"|small minded|everything wrong)\b"),
        // "My uncle said [group] are a drain and I was livid": a claim reported with the writer's anger or hurt at it.
        ("said says told claimed claims posted wrote tweeted shouted yelled",
            @"\b(said|says|told|claimed|claims|posted|wrote|tweeted|shouted|yelled)\b[^|]{0,100}\b(i|we) (was|were|am|are|m|re|got|get|felt|feel|still feel)"
                + @" (so |really |absolutely |genuinely |pretty |quite )?(furious|angry|upset|livid|disgusted|horrified|appalled|shocked|hurt|offended|sickened"
                + @"|outraged|mad|gutted|speechless)\b"),
        // "My grandpa says [group] are lazy. How do I push back?": a claim reported from someone the writer knows, and how
        // to answer it asked.
        ("respond reply answer push talk argue counter correct challenge confront handle deal stand",
            @"\b(my|our)( \w+){1,3} (says|said|keeps? saying|kept saying|always says|is always saying|tells|told|thinks|claims|claimed|insists|insisted)\b.{0,120}"
                + @"\b(how (do|should|can|would) (i|we)|what (do|should|can) (i|we) (say|do) to|how to|best way to|help me)( \w+){0,2} (respond|reply|answer|push back|talk to"
                + @"|argue|counter|correct|challenge|confront|handle|deal with|stand up to)\b"),
        // "I hate how people treat the homeless", "I can't stand the way they talk about refugees": the treatment hated, not the people.
        ("hate stand despise loathe",
            @"\bi (hate|can t stand|cannot stand|despise|loathe) (how|the way) (people|they|others|society|everyone|some people|the police|police|folks|men|women"
                + @"|the media|politicians)( \w+)? (treat|treats|talk about|talks about|speak about|speaks about|look at|looks at|speak to|talk to|ignore|ignores"
                + @"|portray|portrays|judge|judges)\b"),
        // "Jewish people have faced centuries of hate": the group told as the one harmed.
        // "Muslim women face so much abuse": so in the present too, unless it is wished on them ("should face…").
        ("faced suffered endured experienced survived face faces suffer suffers endure endures",
            @"(\b(have|has|had|ve) (faced|suffered|endured|experienced|survived)|(?<!should )(?<!must )(?<!will )(?<!ll )(?<!to )(?<!deserve )(?<!let them )"
                + @"\b(face|faces|suffer|suffers|endure|endures))\b[^|]{0,30}\b(hate|hatred|discrimination|persecution|racism|abuse|violence"
                + @"|oppression|prejudice|bigotry|antisemitism|islamophobia|homophobia|transphobia|sexism|misogyny|harassment|slavery|genocide)\b"),
        // "Trans people are the furthest thing from dangerous": a slur's charge denied by its opposite.
        ("opposite furthest farthest cry",
            @"\b(opposite|furthest thing|farthest thing|far cry) from\b|\bthe (very )?opposite of (stupid|lazy|ignorant|dangerous|violent|criminals?|dumb|useless|weak"
                + @"|worthless|evil|dirty|inferior|a burden|scary|threatening)\b"),
        ("call calling",
            @"\bcall(ing)? out (the |this |all the )?(open |blatant |casual |everyday |daily )?(hatred|racism|sexism|bigotry|homophobia|transphobia|misogyny|ableism"
                + @"|xenophobia|islamophobia|antisemitism|hate|abuse|harassment)\b"),
        // "You can't seriously believe…", "you honestly can't think…": disbelief that anyone holds it.
        ("believe think",
            @"\b(you|u) (can t|cannot|can not) (seriously |really |honestly |possibly |actually )?(believe|think)\b"
                + @"|\b(you|u) (seriously |really |honestly )(can t|cannot) (believe|think)\b"),
        ("hurts breaks pains saddens upsets sickens",
            @"\b(it )?(hurts|breaks my heart|pains me|saddens me|upsets me|sickens me) (me )?(to see|to hear|to read|when|that|how)\b"),
        ("consequences punishment penalties jail prison",
            @"\b(consequences|punishment|penalties|jail time|prison time) for (saying|writing|posting|threatening|calling|telling|wishing|joking)\b"),
        // "If you keep calling them useless, don't expect anyone to listen": the saying answered with its cost.
        ("expect",
            @"\bif (you|u|people|someone|anyone) (re |are |keep |keeps )?(call|calls|calling|say|says|saying|tell|tells|telling|treat|treats|treating)\b[^|]{0,80}"
                + @"\b(don t|do not|never) expect\b"),
        ("think",
            @"\bwhy (would|do|did) (you|u|people|anyone) think (it s|it is|its) (ok|okay|acceptable|fine|alright|all right|cool) to\b"),
        ("hate dislike despise",
            @"\bi (don t|do not|never|didn t|did not) (hate|dislike|despise)\b"),
        // "Write a speech against the idea that migrants are vermin", "help me rebut the claim that…": counter-speech asked for.
        ("against rebut rebutting refute refuting debunk debunking counter countering challenge challenging condemn condemning denounce denouncing reject rejecting disprove disproving",
            @"\b(against|rebut|rebuting|refute|refuting|debunk|debunking|counter|countering|chalenge|chalenging|condemn|condemning|denounce|denouncing|reject|rejecting"
                + @"|disprove|disproving) the (idea|claim|notion|myth|belief|lie"
                + @"|stereotype|argument|asumption) that\b"),
        // "An essay arguing against racial discrimination", "we stand against antisemitism": a stance against the harm itself.
        ("against",
            @"\bagainst( (racial|religious|gender|age|disability|workplace|online|casual|systemic))? (discrimination|racism|sexism|homophobia|transphobia"
                + @"|bigotry|prejudice|antisemitism|islamophobia|xenophobia|hate|hatred|bulying|harasment|misogyny|ableism|segregation)\b"),
        ("never",
            @"\bi (would|will|d|ll|could) never (hurt|harm|attack|kill|hit|insult|hate|say|claim|suggest|think|believe|treat|call)\b"),
        // "If you call them vermin, you're the one who…": the one who says it is the one condemned.
        ("one problem real part bigot racist sexist coward disgrace fool joke",
            @"\bif (you|u|people|someone|anyone) (call|calls|say|says|think|thinks|believe|believes|claim|claims)\b[^|]{0,80}\b(you re|you are|u r|they re|they are|he s|she s)"
                + @" (the (one|problem|real \w+)|part of the problem|a (bigot|racist|sexist|coward|disgrace|fool|joke))\b"),
        // "Jews do not control the banks, that's an old conspiracy theory": a claim about a group named a falsehood.
        ("conspiracy myth myths lies hoax trope tropes stereotype stereotypes smear smears slander slanders misinformation disinformation propaganda",
            @"\b(that s|that is|thats|it s|it is|its|this is) (just |only |simply |all |an? |the |such an? )*(old |ancient |tired |racist |antisemitic |baseless"
                + @" |debunked |classic |dangerous |ugly )*(conspiracy theor(y|ies)|myths?|lies|hoax|tropes?|stereotypes?|smears?|slanders?|misinformation"
                + @"|disinformation|propaganda)\b"),
        // "I'm so tired of hearing that…", "sick of people saying…": the saying is what tires the writer, not the group.
        ("tired sick fed weary exhausted",
            @"\b(tired|sick|fed up|weary|exhausted) of (hearing|people saying|people claiming|people assuming|people thinking|being told|reading|seeing people)\b"),
        // "People who think… are just wrong", "anyone who believes… is an idiot": the belief's holders condemned.
        // "…and anyone who thinks so needs a history lesson": told to learn better.
        ("wrong ignorant idiots morons stupid bigots racists sexists fools deluded misinformed mistaken clueless need needs",
            @"\b(people|anyone|those|someone|whoever|folks|everyone) (who|that) (think|thinks|believe|believes|say|says|claim|claims|assume|assumes)\b[^|]{0,80}"
                + @"\b((are|is) (just |simply |plain |so |completely |dead |totally )?(wrong|ignorant|idiots|morons|stupid|bigots|racists|sexists|fools|deluded"
                + @"|misinformed|mistaken|clueless)|(need|needs) (a |an |to )?(history lesson|lesson|education|reality check|read a book|open a book"
                + @"|educate themselves|grow up))\b"),
        ("nothing no",
            @"\b(nothing|no hatred|no hate) (against|in my heart|to be ashamed of)\b"),
        ("nothing ashamed never",
            @"\bi have nothing against\b|\bnothing wrong with being\b|\bnot ashamed of being\b|\bi never said\b"),
        // "Disabled people deserve the same access as everyone", "trans kids need support, not hate": equal standing asked for.
        ("deserve deserves need needs should must",
            @"\b(deserve|deserves|need|needs|should have|should get|should be given|must have|must get) (the same|equal) (rights|access|respect|treatment"
                + @"|opportunities|chances|pay|protection|dignity)\b"),
        ("deserve deserves need needs",
            @"\b(deserve|deserves|need|needs) (our |more |much more |way more |far more |so much more )?(respect|dignity|support|acceptance|compassion|kindness"
                + @"|understanding|equality|equal rights|recognition|credit|representation|visibility)\b"),
        ("say call claim suggest pretend",
            @"\b(it s|it is|its) (so |really |just |plainly |clearly )?(wrong|racist|sexist|cruel|hateful|bigoted|not ok|not okay|unacceptable) to (say|call|claim|suggest|pretend)\b"),
        // "Where does the stereotype that… come from", "why do people stereotype… as…": a belief about a group asked about as others' belief.
        ("stereotype stereotypes myth myths misconception misconceptions trope tropes cliche cliches prejudice prejudices generalisation generalisations generalization generalizations conspiracy",
            @"\b(the|a|this|that|common|harmful|racist|sexist|old|lazy|false) (stereotypes?|myths?|misconceptions?|tropes?|cliches?|prejudices?|generali[sz]ations?"
                + @"|conspiracy theor(y|ies)) (that|of|about)\b"),
        // "Is it true that [group] are worse drivers?", "…more likely to…": a comparison asked about as a claim of fact
        // ("is it", not "it is"). Not a name asked of them ("is it true that [group] are a plague?").
        ("true", @"\b(is it|is it really|is it actually) true that\b[^|]{0,60}\b(worse|better|bad at|good at|smarter|less|more|likelier)\b"),
        // "Are women really worse at parking?", "do older people actually drive worse?": the same asked in the question's word
        // order, its claim doubted in the word after the people named (not "are you really…", said to the one addressed).
        ("really actually truly genuinely",
            @"^(are|do|does|is) (?!(you|u|ur|i|we|he|she|it|they|this|that|there)\b)(all |most |some |many )?([a-z]+ ){1,3}(really|actually|truly|genuinely) "
                + @"([a-z]+ )?(worse|better|bad at|good at|smarter|less|more|likelier|lazier|slower|weaker|stronger|safer)\b"),
        // "Is there any truth to that stereotype?", "is the stereotype about… accurate": the claim asked about as a stereotype.
        ("truth true accurate fair real stereotype stereotypes myth myths generalisation generalization",
            @"\b(any truth|truth|true|accurate|fair|real|based on anything|based in fact) (to|in|about|behind|of) (that|this|the|those|these) (stereotypes?|myths?"
                + @"|generali[sz]ations?|cliches?|tropes?)\b|\b(is|are) (that|this|the|those|these) (stereotypes?|myths?|generali[sz]ations?|cliches?|tropes?)"
                + @"( about [^|]{1,40})? (true|accurate|fair|real|based on)\b"),
        ("think believe say assume claim stereotype see view portray says thinks believes",
            @"\b(why|how come) (do|would|does|did) (some |so many |many |other )?(people|folks|others|some|anyone|someone|anybody) (still |really |actually |even |honestly |genuinely )?(think|believe|say"
                + @"|assume|claim|stereotype|see|view|portray|thinks|believes|says)\b"),
        // "…it's been debunked so many times": the claim told is named refuted.
        ("debunked disproven disproved refuted discredited",
            @"\b(been|was|were|is|are|s|long since|thoroughly|completely|already) (debunked|disproven|disproved|refuted|discredited)\b"),
        // "If anyone tells you [group] are…, remind them that…": the saying met with a correction.
        ("remind correct educate",
            @"\bif (anyone|someone|somebody|people|they|he|she) (tells?|says?|claims?|calls?|insists?)\b[^|]{0,80}\b(remind|correct|educate) (them|him|her)\b"),
        // "I hate it when people pretend that…": the saying is what the writer hates, not the group.
        ("hate dislike despise stand",
            @"\b(hate|dislike|despise|can t stand|cannot stand) it when (people|someone|anyone|folks|others|they|men|guys) (say|says|pretend|pretends|claim|claims"
                + @"|act like|acts like|think|thinks|assume|assumes|call|calls|insist|insists)\b"),
        // "Women are too often underpaid for the same work", "disabled people are still left out of planning": a group told as wronged.
        ("underpaid blamed scapegoated left excluded discriminated mistreated targeted ignored overlooked harassed attacked stereotyped marginalised marginalized bullied abused denied demonised demonized dehumanised dehumanized vilified silenced erased profiled passed shut treated labelled labeled branded called painted written dismissed",
            @"\b(are|is|were|get|gets|got|being|been) (too |so |far too |still |often |routinely |always |constantly |regularly |disproportionately |unfairly |wrongly |frequently )+"
                + @"(underpaid|blamed|scapegoated|left out|excluded|discriminated against|mistreated|targeted|ignored|overlooked|harassed|attacked|stereotyped"
                + @"|marginali[sz]ed|bullied|abused|denied|demoni[sz]ed|dehumani[sz]ed|vilified|silenced|erased|profiled|passed over|shut out|treated unfairly"
                + @"|labelled|labeled|branded|called|painted as|written off as|dismissed as)\b"),
        // "Black lives matter", "trans lives matter too": a group's lives said to count.
        ("matter",
            @"\blives (still |really |do |also |too )?matter\b"),
        // "Trans people deserve to live without fear", "…deserve to be treated with dignity": a good life asked for a group.
        ("deserve deserves",
            @"(?<!\b(not|t|never|nt|no longer) )\b(deserve|deserves) to (live|be safe|feel safe|be happy|be heard|be loved|be respected|be free|live without fear|live in peace"
                + @"|be treated (with (respect|dignity|kindness)|fairly|equally|as equals|like everyone|like anyone else|like human beings))\b"
            // "…deserve to be seen on TV", not "…to be seen for what they are": what a group is owed, where it ends or goes on to a place.
            + @"|(?<!\b(not|t|never|nt|no longer) )\b(deserve|deserves) to be (seen|included|accepted|welcomed|celebrated|represented|recognised|recognized"
            + @"|supported|protected)(?=\s*$|\s(and|too|in|at|on|by|everywhere|here)\b)"),
        // "I can't stand how immigrants are treated here", "the way disabled people are talked about": the treatment is what is judged.
        ("treated talked spoken portrayed represented",
            @"\b(how|the way) [^|]{0,40}\b(are|is|were|was|get|gets|got) (being )?(treated|talked about|spoken about|spoken to|portrayed|represented)\b"),
        // "Seeing disabled people mocked online makes me so angry": a group seen harmed is what stirs the writer.
        ("mocked bullied attacked harassed abused insulted targeted excluded beaten humiliated",
            @"\b(seeing|watching|hearing about|reading about)\b[^|]{0,60}\b(being )?(mocked|bullied|attacked|harassed|abused|insulted|targeted|excluded|beaten"
                + @"|humiliated|discriminated against)\b"),
        // "Refugees get called vermin online": the name is others', given in the passive.
        ("get gets got getting",
            @"\b(get|gets|got|getting) (called|labelled|labeled|branded)\b"),
        // "The article said they're a threat, which is nonsense": the claim named false after it is told.
        ("which",
            @"\bwhich (is|s) (just |total |utter |complete |absolute |plain |simply |obviously |clearly )?(nonsense|untrue|false|a lie|rubbish|bs|bullshit"
                + @"|garbage|a myth|not true)\b"),
    ];

    // The skeleton squeezes letter runs ("bullied" reads "bulied", "I'll" reads "i l"), so the forms are squeezed the same way.
    // One regex a form, run only when one of its anchors (a word it cannot match without) is in the message: a single
    // alternation of every form cost some 60 µs on every message the model reads. Each is compiled the first time its
    // anchor is seen, so start-up compiles none.
    private static readonly Regex?[] DisavowalRegexes = new Regex?[DisavowalForms.Length];

    private static Regex DisavowalRegex(int form) => LazyInitializer.EnsureInitialized(ref DisavowalRegexes[form], () => new Regex(
        Regex.Replace(DisavowalForms[form].Pattern, @"([a-z])\1+", "$1", RegexOptions.CultureInvariant),
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture));

    private static readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> DisavowalAnchors = AnchorsOf(DisavowalForms);

    private static FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> AnchorsOf((string Anchors, string Pattern)[] forms)
    {
        // One bit a form: a 65th would share the first's bit (a shift by 64 is a shift by 0) and run the wrong regex.
        if (forms.Length > sizeof(ulong) * 8)
        {
            throw new InvalidOperationException($"{forms.Length} disavowal forms: at most 64 fit the anchors' bit mask.");
        }
        var anchors = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var i = 0; i < forms.Length; i++)
        {
            foreach (var word in Lexicon.Folded(forms[i].Anchors.Split(' ')))
            {
                anchors[word] = anchors.GetValueOrDefault(word) | (1UL << i);
            }
        }
        return anchors.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool MatchesDisavowal(TokenView view)
    {
        var forms = 0UL;
        for (var t = 0; t < view.Count; t++)
        {
            if (DisavowalAnchors.TryGetValue(view.Word(t), out var anchored))
            {
                forms |= anchored;
            }
        }
        for (; forms != 0; forms &= forms - 1)
        {
            if (DisavowalRegex(System.Numerics.BitOperations.TrailingZeroCount(forms)).IsMatch(view.Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Calling refugees animals is vile", "nobody should be bullied for being gay", "I don't hate anyone for their
    /// faith": the writer speaks against harm to people. The heads read the group and the harm named, not the stance
    /// (harassment 0.86 for the second), so <see cref="Semantic.SemanticCombiner"/> keeps their harm under the strike
    /// bar when no rule of its own reads abuse.
    /// </summary>
    private static bool Disavows(TokenView view)
    {
        // "My brother says [group] are thieves, but I disagree", "…called you useless, but I think you're great": the
        // contrast comes before the writer's own word, so it is what the writer means.
        if (view.AnyWordOf(Deniers) && view.AnyWordOf(ClaimReporters) && ReportedThenDenied.IsMatch(view.Text))
        {
            return true;
        }
        // "Someone at school said [group] are…, is that true?": a claim heard and its truth asked about is not the writer's.
        if (view.AnyWordOf(Truths) && view.AnyWordOf(ClaimHearers) && ReportedThenQuestioned.IsMatch(view.Text))
        {
            return true;
        }
        if (!MatchesDisavowal(view))
        {
            return false;
        }
        // "I don't hate them, but…": what follows a contrast is what the writer means; "the stereotype that… is true" and
        // "…are often blamed for crime, rightly" affirm it.
        return !view.AnyWordOf(Contrasts) && !BeliefAffirmed.IsMatch(view.Text);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Deniers = Lexicon.FoldedLookup("disagree", "agree", "defended", "think", "told", "true");
    // Who reports the claim: one list for the cheap word test and for the regex that needs one.
    private static readonly string[] ReportingVerbs = ["said", "says", "called", "calls", "thinks", "told", "claims", "claimed", "joked", "reckons"];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClaimReporters = Lexicon.FoldedLookup(ReportingVerbs);
    // A claim or an insult reported, then denied by the writer, with nothing after the denial.
    private static readonly Regex ReportedThenDenied = new(
        Regex.Replace(@"\b(" + string.Join('|', ReportingVerbs) + @")\b[^|]{0,80}(" + RuleSet.DeniedByTheWriter + @")\W*$", @"([a-z])\1+", "$1",
            RegexOptions.CultureInvariant),
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    private static readonly string[] HearingVerbs = [.. ReportingVerbs, "heard", "hear", "read", "saying", "claiming"];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClaimHearers = Lexicon.FoldedLookup(HearingVerbs);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Truths = Lexicon.FoldedLookup("true", "right", "correct", "accurate", "fact");
    // The question may open the next sentence ("…are X. Is that true?"): "|" marks a sentence's end in the folded text.
    private static readonly Regex ReportedThenQuestioned = new(
        Regex.Replace(@"\b(" + string.Join('|', HearingVerbs) + @")\b[^|]{0,80}(\| )?\b((is|was) (that|it|this|any of (that|this)|he|she)|are they|were they) (really |actually )?"
            + @"(true|right|correct|accurate|a fact)\b", @"([a-z])\1+", "$1", RegexOptions.CultureInvariant),
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    private static readonly Regex BeliefAffirmed = new(
        @"\b(stereotypes?|myths?|tropes?|cliches?|generali[sz]ations?)\b.*\b(is|are|s) (true|real|accurate|correct|right)\b|\bfor a reason\b"
            // Not "deserve to be", which "no one deserves to be bullied" says against harm.
            + @"|\b(rightly|deservedly|rightfully)\b|\bdeserves? it\b|\bas they should\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    // The words a writer names their own group with ("I'm a Black woman", "as a trans man", "I'm gay").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Identities =
        Lexicon.FoldedLookup("black", "white", "asian", "latina", "latino", "hispanic", "arab", "jewish", "jew", "muslim", "christian", "hindu", "sikh",
            "buddhist", "atheist", "gay", "lesbian", "bisexual", "bi", "trans", "transgender", "queer", "nonbinary", "disabled", "deaf", "blind",
            "autistic", "immigrant", "refugee", "migrant", "woman", "girl", "indigenous", "native", "mixed", "biracial");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MembersNamed =
        Lexicon.FoldedLookup("man", "men", "guy", "person", "kid", "mum", "mom", "dad", "mother", "father", "parent", "student", "teen", "teenager");

    // How many words may stand between "I'm" or "as" and the identity ("I'm a proud Black woman").
    private const int IdentityReach = 3;

    /// <summary>
    /// "I'm a Black woman and I'm tired of people assuming I'm angry", "as a gay man, how do I come out at work": the writer
    /// names a group as their own, and no other group. The heads read the group named as the target of harassment (0.92 for
    /// the first); someone speaking as one of them is not abusing them. So does one of the writer's own people ("my cousin
    /// is trans", "my son came out as gay"): the writer tells of someone close, not of a group.
    /// </summary>
    private static bool SpeaksAsMember(TokenView view)
    {
        foreach (var match in view.Matches)
        {
            // "My manager claims Muslims like me can't be trusted with money": the writer counts among the group named.
            var like = match.Token + match.Words;
            if ((match.Classes & TermClass.ProtectedGroup) != 0 && view.TokenIs(like, "like") && like + 1 < view.Count && OneOfUs.Contains(view.Word(like + 1)))
            {
                return NoOtherGroup(view, match.Token, like + 2);
            }
        }
        for (var t = 0; t < view.Count; t++)
        {
            var start = view.TokenIs(t, "as") ? t + 1
                : view.TokenIs(t, "i") && (view.TokenIs(t + 1, "m") || view.TokenIs(t + 1, "am")) ? t + 2
                : OwnPersonDescribed(view, t);
            if (start < 0)
            {
                continue;
            }
            for (var w = start; w < view.Count && w <= start + IdentityReach && view.Clause(w) == view.Clause(t); w++)
            {
                if (Identities.Contains(view.Word(w)))
                {
                    // "A Black woman", "a trans girl": the identity may take more than one word.
                    var end = w + 1;
                    while (end < view.Count && Identities.Contains(view.Word(end)))
                    {
                        end++;
                    }
                    // "As a Black man", "I'm a deaf mum": the person the identity qualifies.
                    if (end < view.Count && MembersNamed.Contains(view.Word(end)))
                    {
                        end++;
                    }
                    return NoOtherGroup(view, t, end);
                }
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OneOfUs = Lexicon.FoldedLookup("me", "us", "myself");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnedByTheWriter = Lexicon.FoldedLookup("my", "our");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DescribedBy = Lexicon.FoldedLookup("is", "was", "s");

    // What says more of one's own person than who they are: "my cousin is trans and a freak".
    private const TermClass Reviling = TermClass.Insult | TermClass.Profanity | TermClass.ViolentAct | TermClass.Exclusion | TermClass.Sexual
        | TermClass.Menace | TermClass.ThreatIntent | TermClass.AbusiveImperative | TermClass.SexualViolence | TermClass.Explicit;

    /// <summary>
    /// Where the identity may start after one of the writer's own people is named and described ("my cousin is…", "my
    /// neighbour's…", "my son came out as…"), in a message that reviles no one; or -1.
    /// </summary>
    private static int OwnPersonDescribed(TokenView view, int token)
    {
        if (!OwnedByTheWriter.Contains(view.Word(token)) || view.Has(Reviling))
        {
            return -1;
        }
        foreach (var match in view.Matches)
        {
            if (match.Token != token || (match.Classes & TermClass.AcquaintancePerson) == 0)
            {
                continue;
            }
            var after = match.Token + match.Words;
            return after < view.Count && DescribedBy.Contains(view.Word(after)) ? after + 1
                : view.TokenIs(after, "came") && view.TokenIs(after + 1, "out") && view.TokenIs(after + 2, "as") ? after + 3
                : -1;
        }
        return -1;
    }

    // Slurs a group reclaims for itself; with them, any insult word the lexicon knows.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reclaimed =
        Lexicon.FoldedLookup("fag", "fags", "faggot", "faggots", "queer", "queers", "dyke", "dykes", "nigga", "niggas", "homo", "homos", "tranny",
            "trannies", "crip", "crips", "cripple", "cripples", "bitch", "bitches", "slut", "sluts");
    // What may stand between the self-naming words and the name: "I'm a proud…", "we're the baddest…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameFillers =
        Lexicon.FoldedLookup("a", "an", "the", "proud", "fellow", "such", "bad", "baddest", "big", "real", "loud", "happy", "out", "and", "happily",
            "proudly", "openly", "both", "all");

    /// <summary>
    /// "We're queers and we're not going anywhere", "I call myself a dyke and love it": the writer names themself, or their
    /// own group, with a slur the group reclaims, and names no other group. The heads read the slur as harassment; a
    /// name taken for oneself abuses no one. An insult said to "you" in the same message still counts.
    /// </summary>
    private static bool NamesItselfWithASlur(TokenView view)
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            var start = SelfNamingEnd(view, t);
            if (start < 0)
            {
                continue;
            }
            var name = start;
            while (name < view.Count && name < start + IdentityReach && NameFillers.Contains(view.Word(name)))
            {
                name++;
            }
            // After "being" or "us" ("love being a…", "us … are people") only a reclaimed slur names the writer's own group.
            var reclaimedOnly = view.TokenIs(t, "being") || view.TokenIs(t, "us");
            if (name < view.Count && view.Clause(name) == view.Clause(t)
                && (Reclaimed.Contains(view.Word(name)) || (!reclaimedOnly && (view.Classes(name) & TermClass.Insult) != 0)))
            {
                return NoOtherGroup(view, t, name + 1) && !InsultsTheAddressed(view);
            }
        }
        return false;
    }

    /// <summary>The token after "I'm", "I am", "we are", "we're", "call myself", "calling ourselves", "proud to be", "being", "us"; -1 if none starts at <paramref name="t"/>.</summary>
    private static int SelfNamingEnd(TokenView view, int t)
    {
        if (view.TokenIs(t, "im"))
        {
            return t + 1;
        }
        if ((view.TokenIs(t, "i") && (view.TokenIs(t + 1, "m") || view.TokenIs(t + 1, "am")))
            || (view.TokenIs(t, "we") && (view.TokenIs(t + 1, "are") || view.TokenIs(t + 1, "re")))
            || (CallingWords.Contains(view.Word(t)) && (view.TokenIs(t + 1, "myself") || view.TokenIs(t + 1, "ourselves"))))
        {
            return t + 2;
        }
        // "I love being a…" names the writer; "quit being a…" is said to someone.
        if (view.TokenIs(t, "us") || (view.TokenIs(t, "being") && WriterBefore(view, t)))
        {
            return t + 1;
        }
        return view.TokenIs(t, "proud") && view.TokenIs(t + 1, "to") && view.TokenIs(t + 2, "be") ? t + 3 : -1;
    }

    // Folded: the skeleton reads "call" as "cal".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallingWords = Lexicon.FoldedLookup("call", "calling");

    private static bool WriterBefore(TokenView view, int t)
    {
        for (var k = t - 1; k >= 0 && view.Clause(k) == view.Clause(t); k--)
        {
            if ((view.Classes(k) & TermClass.FirstPerson) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InsultsTheAddressed(TokenView view)
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.SecondPerson) != 0 && (view.Classes(t + 1) & (TermClass.Insult | TermClass.Profanity)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Praise =
        Lexicon.FoldedLookup("amazing", "fantastic", "wonderful", "brilliant", "gorgeous", "beautiful", "lovely", "heroes", "heroic", "blessing",
            "welcome", "valued", "precious", "inspiring", "inspirational", "awesome", "admirable", "talented", "brave", "incredible", "valuable",
            "great", "kind", "kindest", "friendly", "friendliest", "generous", "smart", "clever", "funny", "funniest", "hilarious", "helpful", "dedicated",
            "interesting", "joyful", "caring", "warm", "warmest", "honest", "hardworking", "wise", "wonderfully", "gifted", "loving", "thoughtful",
            "capable", "skilled", "competent", "intelligent",
            // What a group built or gave ("immigrants built half the businesses on my street").
            "built", "founded", "created", "invented", "enrich", "enriches", "enriched", "contributed", "shaped", "saved", "organised", "organized",
            // What a group made of a place ("immigrants have made my street livelier").
            "better", "livelier", "richer", "stronger", "brighter", "happier", "vibrant", "lively",
            // Praise by comparison ("most immigrants I know work harder than anyone").
            "harder", "kinder", "braver", "friendlier", "smarter", "wiser", "funnier",
            // What a group gives the writer ("my deaf neighbours make me smile"), or is to a place ("…an asset to this town").
            "smile", "happy", "proud", "joy", "asset", "assets", "credit", "gift", "treasure", "welcoming", "best",
            // The regard a group is held in ("…should be honoured for their work").
            "honoured", "honored", "celebrated", "respected", "admired", "cherished", "appreciated");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WishingMore =
        Lexicon.FoldedLookup("need", "needs", "want", "see", "hire", "hiring", "elect", "include", "fund", "support", "welcome", "have", "encourage");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GoodsDeserved =
        Lexicon.FoldedLookup("funding", "support", "recognition", "representation", "credit", "respect", "pay", "opportunities", "visibility",
            "rights", "protection", "help", "care", "access", "investment", "attention", "praise");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupsGoods = Lexicon.FoldedLookup("voices", "stories", "characters",
        "leads", "leaders", "authors", "artists", "creators", "role");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> More = Lexicon.FoldedLookup("more");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Removed = Lexicon.FoldedLookup("out", "gone", "deported", "removed",
        "away", "locked", "banned", "expelled", "dead", "sent", "off", "kicked", "thrown", "jailed", "arrested");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Deserving = Lexicon.FoldedLookup("deserve", "deserves");
    // How far before "more" the wish may stand: "I'd love to see more…", "we really need more…".
    private const int WishReach = 3;

    /// <summary>
    /// "We need more women in engineering", "I'd love to see more Muslim characters in cartoons": more of a group wished for,
    /// the group (or an identity word before its noun) right after "more". Not "…more of them than ever", nor "we need more
    /// [group] out of here".
    /// </summary>
    private static bool IsMoreWished(TokenView view, int group)
    {
        var more = group - 1;
        if (more < 1 || !More.Contains(view.Word(more)))
        {
            return false;
        }
        // "We need more [group] out of here", "…deported": more of them gone.
        for (var t = group + 1; t < view.Count && t <= group + WishReach + 1; t++)
        {
            if (Removed.Contains(view.Word(t)))
            {
                return false;
            }
        }
        // "…more Black representation in politics", "more queer stories": a good of the group's, more of it, is wished by naming it.
        if (group + 1 < view.Count && (GoodsDeserved.Contains(view.Word(group + 1)) || GroupsGoods.Contains(view.Word(group + 1))))
        {
            return true;
        }
        for (var t = more - 1; t >= 0 && t >= more - WishReach && view.Clause(t) == view.Clause(group); t--)
        {
            if (WishingMore.Contains(view.Word(t)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "I really look up to Black women in science", "proud of my gay students", "I stand with trans kids": a warm word
    /// joined to the group by its preposition, a determiner or owner between at most.
    /// </summary>
    private static bool IsWarmlyLed(TokenView view, int group)
    {
        var preposition = group - 1;
        if (preposition > 0 && Determiners.Contains(view.Word(preposition)))
        {
            preposition--;
        }
        return preposition > 0 && WarmPrepositions.Contains(view.Word(preposition)) && WarmLeads.Contains(view.Word(preposition - 1));
    }

    /// <summary>"Black women founders deserve more funding": a good thing the group deserves more of.</summary>
    private static bool IsMoreDeserved(TokenView view, int group)
    {
        for (var t = group + 1; t + 2 < view.Count && t <= group + PraiseReach && view.Clause(t) == view.Clause(group); t++)
        {
            if (Deserving.Contains(view.Word(t)) && More.Contains(view.Word(t + 1)) && GoodsDeserved.Contains(view.Word(t + 2)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Warmth =
        Lexicon.FoldedLookup("love", "adore", "admire", "cherish", "respect", "embrace", "appreciate", "value", "welcome", "marry", "date", "befriend",
            "celebrate", "honour", "honor", "support");
    // The warm words a preposition joins to the group: "look up to…", "proud of…", "grateful for…", "I stand with…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarmLeads = Lexicon.FoldedLookup("up", "proud", "grateful", "thankful",
        "fond", "stand", "standing");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarmPrepositions = Lexicon.FoldedLookup("to", "of", "for", "with");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Lexicon.FoldedLookup("the", "my", "our", "these", "those",
        "all", "every", "any", "your");
    // Praise on a condition is a sneer: "…make me happy when they stay away", "…wonderful once they leave".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Conditions = Lexicon.FoldedLookup("when", "once", "if", "whenever");

    // Words that turn praise into sarcasm or a setup for abuse ("…are wonderful at stealing"), or deny it ("…are not welcome").
    private const TermClass Hostile = TermClass.Insult | TermClass.Profanity | TermClass.Exclusion | TermClass.ViolentAct | TermClass.InherentlyHarmful
        | TermClass.Sexual | TermClass.Explicit | TermClass.Menace | TermClass.ThreatIntent | TermClass.SexualViolence | TermClass.Glorification
        | TermClass.Atrocity | TermClass.MassHarm | TermClass.Crime | TermClass.Negation | TermClass.DistressCue | TermClass.SelfHarm;

    // How far after the group its praise may stand ("…are truly wonderful"), and how far before it the warm verb ("admire
    // Muslim nurses"): a verb further off governs something else ("I'd love to see those … suffer").
    private const int PraiseReach = 6;
    private const int WarmthReach = 2;

    /// <summary>
    /// "Deaf people make wonderful neighbours", "I admire Muslim nurses", "proud of my gay students": a group praised after
    /// it is named, warmly named, or joined to a warm word by its preposition, with no word of hostility, negation,
    /// suffering, fault or riddance anywhere and no "but". The heads read the group named as the target of harassment
    /// (over its threshold for the first).
    /// </summary>
    private static bool PraisesGroup(TokenView view)
    {
        if (HasHostileWord(view) || view.AnyWordOf(Contrasts) || view.AnyWordOf(Faults) || IsBackhanded(view))
        {
            return false;
        }
        for (var group = 0; group < view.Count; group++)
        {
            // "Muslim families", "a gay person": an identity word names a group too.
            if ((view.Classes(group) & TermClass.ProtectedGroup) == 0 && !Identities.Contains(view.Word(group)))
            {
                continue;
            }
            var clause = view.Clause(group);
            for (var t = Math.Max(0, group - WarmthReach); t < view.Count && t <= group + PraiseReach; t++)
            {
                if (view.Clause(t) == clause && ((t > group ? Praise : Warmth).Contains(view.Word(t)) || (t > group && IsHumanised(view, t))))
                {
                    return true;
                }
            }
            if (IsMoreWished(view, group) || IsMoreDeserved(view, group) || IsWarmlyLed(view, group) || IsWarmedWithTheAddressed(view, group))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AlongWithTheAddressed = Lexicon.FoldedLookup("you", "and", "any", "all",
        "the", "other", "of", "your");
    // How far before the group, past "you and any other…", the warm verb may stand.
    private const int AlongWithReach = 5;

    /// <summary>"I'll happily welcome you and the other refugees on the street": the group warmly named along with the one addressed.</summary>
    private static bool IsWarmedWithTheAddressed(TokenView view, int group)
    {
        var t = group - 1;
        while (t > 0 && t >= group - AlongWithReach && AlongWithTheAddressed.Contains(view.Word(t)))
        {
            t--;
        }
        return t < group - 2 && Warmth.Contains(view.Word(t)) && view.TokenIs(t + 1, "you");
    }

    /// <summary>
    /// "Women are wonderful at lying", "I love how trans people think…", "I respect them about as much as I respect rats":
    /// praise that is a skill at a wrong, a warm verb that mocks a manner ("love how…", "love it when…"), warmth
    /// measured against something else, or praise on a condition ("…make me happy when they stay away") is the setup of a
    /// sneer, however warm its words.
    /// </summary>
    private static bool IsBackhanded(TokenView view)
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if ((Praise.Contains(view.Word(t)) && view.TokenIs(t + 1, "at"))
                || (Warmth.Contains(view.Word(t)) && (view.TokenIs(t + 1, "how") || view.TokenIs(t + 1, "it")))
                || (view.TokenIs(t, "as") && view.TokenIs(t + 1, "much") && view.TokenIs(t + 2, "as"))
                || ((Praise.Contains(view.Word(t)) || Warmth.Contains(view.Word(t))) && view.AnyWordOf(Conditions, t + 1)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Humans = Lexicon.FoldedLookup("people", "humans", "human", "persons",
        "women", "men", "beings");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Lexicon.FoldedLookup("are", "re", "is");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Merely = Lexicon.FoldedLookup("just", "only", "also", "simply", "still",
        "fellow", "real");

    /// <summary>
    /// "Immigrants are people too", "trans women are women": the group said, after its copula, to be people — its humanity
    /// affirmed. Not "gay people…", where "people" is the group's own noun.
    /// </summary>
    private static bool IsHumanised(TokenView view, int t)
    {
        if (!Humans.Contains(view.Word(t)) || t < 1)
        {
            return false;
        }
        // "…are human beings": the copula stands before both words.
        var before = view.TokenIs(t, "beings") && view.TokenIs(t - 1, "human") ? t - 2 : t - 1;
        var copula = before >= 0 && Merely.Contains(view.Word(before)) ? before - 1 : before;
        // "…are people too", "…are humans like us", "…are women."; not "…are people who…", which goes on to say what kind.
        var next = t + 1;
        return copula >= 0 && Copulas.Contains(view.Word(copula))
            && (next >= view.Count || view.Clause(next) != view.Clause(t) || HumanityGoesOn.Contains(view.Word(next)));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HumanityGoesOn = Lexicon.FoldedLookup("too", "like", "as", "first",
        "just", "also", "and", "with", "end");

    // A hostile word inside a harmless phrase ("as smart as", which folding reads as the insult "smart ass") is not one.
    private static bool HasHostileWord(TokenView view)
    {
        if (!view.Has(Hostile))
        {
            return false;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & Hostile) != 0 && !RuleSet.IsIdiom(view, match) && !IsBareIntent(view, match))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentEnds = Lexicon.FoldedLookup("will", "ll", "to", "gonna");

    /// <summary>
    /// "I'll cherish…", "I'm going to help…": an intent with no deed of its own; what is intended is read by its own words,
    /// hostile or warm.
    /// </summary>
    private static bool IsBareIntent(TokenView view, PhraseMatch match) =>
        (match.Classes & Hostile) == TermClass.ThreatIntent && IntentEnds.Contains(view.Word(match.Token + match.Words - 1));

    private static bool NoOtherGroup(TokenView view, int start, int end)
    {
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.ProtectedGroup) != 0 && (match.Token < start || match.Token + match.Words > end))
            {
                return false;
            }
        }
        return true;
    }

    // Words that find fault the classes do not hold: "look up to them? they are the problem", "…make me sick".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Faults = Lexicon.FoldedLookup("problem", "problems", "mistake", "sick",
        "worse", "worst", "rid", "tired", "fed", "puke", "vomit",
        // Riddance held up as the good: "deporting every… is the best thing we can do".
        "deport", "deporting", "deported", "deportation", "deportations", "ban", "banning", "banned", "expel", "expelling", "remove", "removing",
        "removal", "jail", "jailing", "lock", "locking", "kick", "kicking", "exclude", "excluding", "segregate", "segregating", "segregation");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Contrasts =
        Lexicon.FoldedLookup("but", "however", "though", "although", "except", "yet", "until", "unless");

    /// <summary>
    /// "It's never okay to say [group] belong in the kitchen": the discrimination a rule reads is what the writer speaks
    /// against, lowered like a quotation the writer comments on.
    /// </summary>
    private static void LowerDisavowed(List<Signal> signals)
    {
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            if (s.Rule == RuleNames.Discrimination)
            {
                signals[i] = s with { Confidence = Math.Round(s.Confidence * FramingFactor.Quoted, 4), Contexts = [.. s.Contexts, "the writer speaks against it"] };
            }
        }
    }
}
