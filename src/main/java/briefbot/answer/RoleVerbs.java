package briefbot.answer;

import static briefbot.answer.RoleWords.set;

import briefbot.answer.Roles.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The verbs whose participants the frames read, in the check's languages, each with what it does with them. */
final class RoleVerbs {

  private static final Map<String, Kind> VERBS = new HashMap<>();
  /**
   * Verbs of pressing someone to do something ("could push Ukraine to give up land", "Oekraïne ertoe aanzetten"):
   * who is pushed is news, so a claim's pushed one must be the paragraph's. "force(s)" and "press" are left out: more
   * often troops and newspapers than verbs.
   */
  static final Set<String> PRESSING = set("push", "pushes", "pushed", "pushing", "pressure", "pressures",
      "pressured", "pressuring", "forced", "forcing", "compel", "compels", "compelled", "coerce", "coerces",
      "coerced", "coercing", "persuade", "persuades", "persuaded", "persuading", "aanzet", "aanzette",
      "aanzetten", "aangezet", "dwingen", "dwingt", "dwong", "dwongen", "gedwongen", "overhalen", "overhaalt",
      "overgehaald", "drängen", "drängt", "drängte", "gedrängt", "zwingen", "zwingt", "zwang", "gezwungen");
  /** Verbs whose subject receives, written once for the verb table and {@link #RECEIVING}. */
  private static final String RECEIVING_VERBS = "receive receives received receiving get gets got getting obtain "
      + "obtains obtained obtaining import imports imported importing buy buys bought buying acquire acquires acquired "
      + "acquiring access accesses accessed accessing ontvangen ontvangt ontving kreeg kregen krijgt krijgen gekregen "
      + "kopen koopt kocht gekocht importeren importeert verkrijgen verkrijgt verkreeg erhalten erhält erhielt "
      + "bekommen bekommt bekam kaufen kauft kaufte";
  /** Verbs whose subject receives: the giver follows "from". */
  static final Set<String> RECEIVING = new HashSet<>();
  /** Nouns of giving ("Iran's support", "support for Russia"): they give only with a giver or receiver by them. */
  static final Set<String> SUPPORT_NOUNS = set("support", "help", "aid", "assistance", "backing", "steun",
      "hulp", "bijstand", "ondersteuning", "unterstützung", "hilfe", "soutien", "aide", "apoyo", "ayuda");
  /** Speech verbs whose object is a person ("called Trump right", "told reporters"), not what is said. */
  static final Set<String> ADDRESSING = set("tell", "tells", "told", "call", "calls", "called", "calling",
      "praise", "praises", "praised", "praising", "criticize", "criticizes", "criticized", "criticise", "criticised",
      "urge", "urges", "urged", "urging", "accuse", "accuses", "accused", "accusing", "thank", "thanks", "thanked",
      "echo", "echoes", "echoed", "echoing", "vertellen", "vertelt", "vertelde", "noemen", "noemt", "noemde", "prijzen",
      "prijst", "prees", "bekritiseren",
      "bekritiseert", "bekritiseerde", "beschuldigen", "beschuldigt", "beschuldigde", "aansporen", "aanspoort",
      "aanspoorde", "aanspoorden", "aangespoord", "spoort", "spoorde", "spoorden");
  static {
    verbs(Kind.TRANSFER, "give gives gave given giving provide provides provided providing supply supplies supplied "
        + "supplying deliver delivers delivered delivering send sends sent sending sell sells sold selling offer "
        + "offers offered offering export exports exported exporting ship ships shipped shipping transfer transfers "
        + "transferred transferring arm arms armed arming equip equips equipped help helps helped helping aid aids "
        + "aided aiding assist assists assisted assisting support supports supported supporting back backs backed "
        + "backing fund funds funded funding finance finances financed financing lend lends lent hand hands handed "
        + "grant grants granted geven geeft gaf gaven gegeven leveren levert leverde leverden geleverd sturen stuurt "
        + "stuurde stuurden gestuurd zenden zendt zond gezonden verkopen verkoopt verkocht bieden biedt bood geboden "
        + "exporteren exporteert exporteerde geëxporteerd helpen helpt hielp hielpen geholpen steunen steunt steunde "
        + "gesteund ondersteunen ondersteunt ondersteunde financieren financiert financierde bewapenen bewapent "
        + "overdragen draagt droeg overgedragen geben gibt gab gegeben liefern liefert lieferte geliefert schicken "
        + "schickt schickte geschickt helfen hilft half geholfen unterstützen unterstützt unterstützte");
    verbs(Kind.TRANSFER, RECEIVING_VERBS);
    RECEIVING.addAll(List.of(RECEIVING_VERBS.split(" ")));
    verbs(Kind.SPEECH, "say says said saying tell tells told telling warn warns warned warning note notes noted noting "
        + "ask asks asked asking "
        + "stress stresses stressed stressing add adds added claim claims claimed argue argues argued "
        + "stated announce announces announced call calls called calling praise praises praised praising "
        + "criticize criticizes criticized criticise criticised urge urges urged urging accuse accuses accused "
        + "accusing thank thanks thanked raise raises raised raising echo echoes echoed echoing assert asserts "
        + "asserted asserting emphasise emphasised emphasize emphasized insist insists insisted concluded point "
        + "points pointed highlight highlights highlighted reiterate reiterated expressed "
        + "zeggen zegt zei zeiden gezegd vertellen vertelt vertelde waarschuwen waarschuwt waarschuwde benadrukken "
        + "benadrukt benadrukte noemen noemt noemde prijzen prijst prees bekritiseren bekritiseert bekritiseerde "
        + "beschuldigen beschuldigt beschuldigde verklaren verklaart verklaarde aldus volgens sagen sagt sagte "
        + "aansporen aanspoort aanspoorde aanspoorden aangespoord spoort spoorde spoorden "
        + "warnen warnt warnte betonen betont betonte");
    verbs(Kind.ACTION, "attack attacks attacked attacking sanction sanctions sanctioned sanctioning condemn condemns "
        + "condemned condemning invade invades invaded invading fight fights fought fighting threaten threatens "
        + "threatened threatening pressure pressures pressured pressuring punish punishes punished defeat defeats "
        + "defeated target targets targeted aanvallen valt viel aangevallen veroordelen veroordeelt veroordeelde "
        + "bedreigen bedreigt bedreigde bestraffen sanctioneren need needs needed needing rely relies relied relying "
        + "depend depends depended depending nodig fly flies flew flown flying vliegen vliegt vloog vlogen gevlogen");
    verbs(Kind.ACTION, String.join(" ", PRESSING));
  }

  private RoleVerbs() {}

  /** What the verb does with its participants, or null for a word the frames do not know as a verb. */
  static Kind kindOf(String folded) {
    return VERBS.get(folded);
  }

  /** A verb the frames know, in any of its forms. */
  static boolean isVerb(String folded) {
    return VERBS.containsKey(folded);
  }

  private static void verbs(Kind kind, String list) {
    for (String v : list.split(" ")) {
      VERBS.putIfAbsent(v, kind);
    }
  }
}
