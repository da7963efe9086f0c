package io.newsdesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes English news articles for the benchmark: court cases, police reports, city hall, business,
 * health, weather and schools, with a cast of named people (full name on first mention, surname after),
 * officials with titles, real cities and states, agencies, direct quotations, money, percentages, ages,
 * dates and case numbers. The taggers and enrichers see what real copy gives them (capitalised names,
 * quotes to attribute, figures to find, sentences to split); lorem ipsum would exercise none of that.
 *
 * <p>Deterministic: article {@code i} of seed {@code s} is always the same text (the JDK's
 * {@link Random} is specified bit for bit), so the baseline, the pipeline and every later run move the
 * same bytes. Bodies are 1–10 KB of UTF-8, plain text with paragraphs separated by a blank line.
 */
public final class ArticleGenerator {
    public static final int MIN_BYTES = 1024;
    public static final int MAX_BYTES = 10 * 1024;

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    private final long seed;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    /** Article number {@code index}: a body of 1–10 KB, most often 2–6 KB, as a newsroom's day has. */
    public GeneratedArticle article(int index) {
        Random random = randomFor(index);
        // Skewed towards short and medium stories; the long tail reaches the 10 KB ceiling.
        int target = MIN_BYTES + (int) ((MAX_BYTES - MIN_BYTES) * Math.pow(random.nextDouble(), 1.6));
        return write(index, random, target, MAX_BYTES);
    }

    /**
     * Article number {@code index} with a body of at least {@code minBytes} and at most {@code maxBytes}
     * (whole sentences, so a little slack is needed: at least 400 bytes between the two).
     */
    public GeneratedArticle article(int index, int minBytes, int maxBytes) {
        if (minBytes < 1 || maxBytes < minBytes + 400) {
            throw new IllegalArgumentException("need 0 < minBytes and maxBytes >= minBytes + 400, got "
                    + minBytes + ".." + maxBytes);
        }
        return write(index, randomFor(index), minBytes, maxBytes);
    }

    private Random randomFor(int index) {
        // Mix the index so that neighbouring articles do not start from neighbouring generator states.
        return new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }

    private GeneratedArticle write(int index, Random random, int minBytes, int maxBytes) {
        Beat beat = Beat.values()[random.nextInt(Beat.values().length)];
        Story story = new Story(random, beat);
        String headline = story.fill(pick(random, beat.headlines));
        // A headline names people by full name, and so does the first sentence after it.
        story.forgetMentions();

        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(new ArrayList<>(List.of(story.fill(pick(random, beat.ledes)))));
        int size = utf8(paragraphs.get(0).get(0));
        Deck beatDeck = new Deck(beat.sentences, random);
        Deck generalDeck = new Deck(GENERAL, random);
        Deck quoteDeck = new Deck(QUOTE_FRAMES, random);
        int refusals = 0;
        List<String> current = new ArrayList<>();
        int wanted = 1 + random.nextInt(3);
        while (size < minBytes && refusals < 40) {
            double roll = random.nextDouble();
            String template = roll < 0.25 ? quoteDeck.next() : roll < 0.7 ? beatDeck.next() : generalDeck.next();
            String sentence = story.fill(template);
            int cost = utf8(sentence) + (current.isEmpty() ? 2 : 1);
            if (size + cost > maxBytes) {
                refusals++;
                continue;
            }
            current.add(sentence);
            size += cost;
            // News paragraphs are short: one to three sentences, quotes often standing alone.
            if (current.size() >= wanted || template.startsWith("\"")) {
                paragraphs.add(current);
                current = new ArrayList<>();
                wanted = 1 + random.nextInt(3);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        StringBuilder body = new StringBuilder();
        for (List<String> paragraph : paragraphs) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(String.join(" ", paragraph));
        }
        String byline = "By " + story.reporter();
        Instant created = Instant.parse("2025-03-03T06:00:00Z").plusSeconds(index * 397L % (86_400L * 60));
        return new GeneratedArticle(String.format(Locale.ROOT, "bench-%d-%07d", seed, index), headline, byline,
                beat.section, body.toString(), created);
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** Draws templates without repeating one until all were used, as a writer would avoid repeating lines. */
    private static final class Deck {
        private final String[] cards;
        private final Random random;
        private final List<String> left = new ArrayList<>();

        Deck(String[] cards, Random random) {
            this.cards = cards;
            this.random = random;
        }

        String next() {
            if (left.isEmpty()) {
                left.addAll(List.of(cards));
            }
            return left.remove(random.nextInt(left.size()));
        }
    }

    /** The people, places and numbers of one story; a slot mentions a person in full once, then by surname. */
    private static final class Story {
        private final Random random;
        private final String[] subject;
        private final String[] official;
        private final String officialTitle;
        private final String[] expert;
        private final String expertField;
        private final String[] resident;
        private final String reporter;
        private final String city;
        private final String state;
        private final String county;
        private final String street;
        private final String org;
        private final Set<String> introduced = new HashSet<>();

        Story(Random random, Beat beat) {
            this.random = random;
            this.subject = person();
            this.official = person();
            this.officialTitle = pick(random, beat.officialTitles);
            this.expert = person();
            this.expertField = pick(random, EXPERT_FIELDS);
            this.resident = person();
            String[] r = person();
            this.reporter = r[0] + " " + r[1];
            String[] place = pick(random, CITIES).split("\\|");
            this.city = place[0];
            this.state = place[1];
            this.county = pick(random, COUNTY_NAMES) + " County";
            this.street = pick(random, STREETS);
            this.org = pick(random, beat.organisations);
        }

        String reporter() {
            return reporter;
        }

        void forgetMentions() {
            introduced.clear();
        }

        private String[] person() {
            return new String[] {pick(random, FIRST_NAMES), pick(random, SURNAMES)};
        }

        String fill(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String slot(String name) {
            return switch (name) {
                case "subject" -> mention("subject", subject, subject[0] + " " + subject[1] + ", " + age() + ",");
                case "subjectName" -> mention("subject", subject, subject[0] + " " + subject[1]);
                case "official" -> mention("official", official, officialTitle + " " + official[0] + " " + official[1]);
                case "expert" -> mention("expert", expert, expert[0] + " " + expert[1] + ", " + expertField + " at "
                        + pick(random, UNIVERSITIES) + ",");
                case "resident" -> mention("resident", resident, resident[0] + " " + resident[1] + ", " + age()
                        + ", who lives on " + street + ",");
                case "he" -> pronoun();
                case "city" -> city;
                case "state" -> state;
                case "county" -> county;
                case "street" -> street;
                case "org" -> org;
                case "agency" -> pick(random, AGENCIES);
                case "outlet" -> pick(random, OUTLETS);
                case "weekday" -> pick(random, WEEKDAYS);
                case "date" -> pick(random, MONTHS) + " " + (1 + random.nextInt(28));
                case "year" -> Integer.toString(2015 + random.nextInt(10));
                case "time" -> (1 + random.nextInt(12)) + ":" + String.format(Locale.ROOT, "%02d", random.nextInt(60))
                        + (random.nextBoolean() ? " a.m." : " p.m.");
                case "money" -> money();
                case "smallMoney" -> "$" + String.format(Locale.ROOT, "%,d", (5 + random.nextInt(95)) * 100);
                case "pct" -> (1 + random.nextInt(40)) + (random.nextBoolean() ? "." + random.nextInt(10) : "") + " percent";
                case "count" -> Integer.toString(3 + random.nextInt(240));
                case "few" -> pick(random, SMALL_NUMBERS);
                case "age" -> Integer.toString(age());
                case "years" -> Integer.toString(2 + random.nextInt(28));
                case "caseNo" -> "No. " + (2019 + random.nextInt(6)) + "-CR-" + String.format(Locale.ROOT, "%05d", random.nextInt(99_999));
                case "charge" -> pick(random, CHARGES);
                case "said" -> pick(random, SAID);
                case "quote" -> pick(random, QUOTES);
                default -> throw new IllegalStateException("template slot {" + name + "} is not known");
            };
        }

        private String mention(String role, String[] person, String firstMention) {
            return introduced.add(role) ? firstMention : person[1];
        }

        private String pronoun() {
            return random.nextBoolean() ? "he" : "she";
        }

        private int age() {
            return 19 + random.nextInt(60);
        }

        private String money() {
            if (random.nextInt(3) == 0) {
                return "$" + String.format(Locale.ROOT, "%,d", (10 + random.nextInt(990)) * 1_000);
            }
            return "$" + (1 + random.nextInt(90)) + "." + random.nextInt(10) + (random.nextBoolean() ? " million" : " billion");
        }
    }

    /** A newsroom beat: its section, headlines, ledes, sentences, officials and organisations. */
    private enum Beat {
        COURTS("courts",
                new String[] {
                    "{subjectName} sentenced to {years} years in {city} {charge} case",
                    "Jury convicts {subjectName} after {few}-week trial",
                    "Judge delays ruling in {county} {charge} case",
                    "Appeals court orders new hearing for {subjectName}",
                    "Prosecutors drop two counts against {subjectName}"},
                new String[] {
                    "A {county} judge on {weekday} sentenced {subject} to {years} years in prison for {charge}, closing a case that began with a traffic stop in {city} in {year}.",
                    "{subject} was convicted on {weekday} of {charge} after a jury in {city} deliberated for {few} days.",
                    "A federal judge in {city} has postponed the sentencing of {subject}, who pleaded guilty in {date} to {charge}."},
                new String[] {
                    "The case, {caseNo}, drew dozens of spectators to the courthouse on {street}.",
                    "Prosecutors said {subject} moved at least {money} through shell companies registered in {state}.",
                    "Defense attorneys argued that the search of the apartment on {street} violated the Fourth Amendment.",
                    "{official} told jurors that the evidence was \"overwhelming and consistent from the first day.\"",
                    "The jury of seven women and five men returned its verdict shortly after {time}.",
                    "Under state guidelines, {subject} could have faced up to {years} years.",
                    "{subject} will be eligible for parole after serving {pct} of the sentence, according to court records.",
                    "The judge also ordered restitution of {smallMoney} to the victims' families.",
                    "An appeal is expected to be filed with the {state} Court of Appeals within {few} weeks.",
                    "Court filings show that the investigation involved the {agency} and local detectives."},
                new String[] {"District Attorney", "Assistant District Attorney", "Judge", "U.S. Attorney", "Public Defender"},
                new String[] {"the district attorney's office", "the county public defender's office", "the state Supreme Court"}),
        POLICE("crime",
                new String[] {
                    "Police arrest {few} in {city} {charge} investigation",
                    "{county} deputies seize {money} in drugs after traffic stop",
                    "Shooting on {street} leaves one dead, {few} injured",
                    "Investigators search for suspect in {city} robberies",
                    "{agency} joins inquiry into {city} fraud ring"},
                new String[] {
                    "Police in {city} arrested {subject} on {weekday} in connection with {charge}, authorities said.",
                    "One person was killed and {few} others were wounded in a shooting on {street} in {city} late on {weekday}, police said.",
                    "Detectives in {county} say a months-long investigation into {charge} led them to a warehouse on {street}."},
                new String[] {
                    "Officers responded to a call at about {time} and found {few} people with gunshot wounds.",
                    "Investigators recovered {count} pounds of fentanyl and {smallMoney} in cash, according to a criminal complaint.",
                    "{subject} was booked into the {county} jail and is being held on a bond of {smallMoney}.",
                    "{official} said the department had received {count} calls about the address in the past year.",
                    "The suspects face charges including {charge} and conspiracy, according to the complaint.",
                    "Violent crime in {city} fell {pct} last year, according to figures released by the department.",
                    "Neighbors on {street} said they heard what sounded like fireworks before the sirens started.",
                    "Anyone with information is asked to call the department's tip line; callers may remain anonymous.",
                    "The {agency} said it was assisting local police but declined to comment further.",
                    "Body camera footage of the arrest will be released within {few} days, the department said."},
                new String[] {"Police Chief", "Sheriff", "Detective", "Lt.", "Sgt."},
                new String[] {"the police department", "the sheriff's office", "the state police"}),
        CITY_HALL("city hall",
                new String[] {
                    "{city} council approves {money} budget",
                    "Mayor proposes property tax cut for {city} homeowners",
                    "{city} to spend {money} on road repairs",
                    "Council delays vote on {city} housing plan",
                    "Transit fares in {city} to rise {pct}"},
                new String[] {
                    "The {city} City Council voted {few} to {few} on {weekday} to approve a {money} budget for the coming fiscal year.",
                    "{city} officials unveiled a plan on {weekday} to build {count} affordable apartments near {street}.",
                    "The mayor of {city} asked the council on {weekday} for {money} to repair roads and bridges."},
                new String[] {
                    "The budget includes {money} for public safety, an increase of {pct} over last year.",
                    "{official} said the city had cut {count} vacant positions to close a gap of {money}.",
                    "Residents packed the council chamber for a hearing that lasted past {time}.",
                    "The plan would be paid for with bonds and a {pct} increase in the hotel tax.",
                    "Critics said the proposal did little for renters, who make up {pct} of households in {city}.",
                    "The council is expected to take a final vote on {date}.",
                    "A city audit released in {year} found that {count} contracts had been awarded without competitive bids.",
                    "{resident} told the council that rents on the block had doubled in {few} years.",
                    "Property owners would save an average of {smallMoney} a year under the proposal.",
                    "The state legislature in {state} must still approve part of the financing."},
                new String[] {"Mayor", "Councilmember", "City Manager", "Budget Director", "Council President"},
                new String[] {"the city council", "the planning commission", "the transit authority"}),
        BUSINESS("business",
                new String[] {
                    "{org} profit falls {pct} as costs climb",
                    "{org} to cut {count} jobs in {state}",
                    "{city} factory to close after {years} years",
                    "Shares of {org} jump after earnings beat",
                    "{org} agrees to pay {money} to settle lawsuit"},
                new String[] {
                    "{org} said on {weekday} that quarterly profit fell {pct} to {money}, as higher shipping costs ate into margins.",
                    "{org} will cut {count} jobs at its plant in {city}, {state}, the company said on {weekday}.",
                    "Shares of {org} rose {pct} in early trading on {weekday} after the company reported revenue of {money}."},
                new String[] {
                    "Revenue for the quarter was {money}, compared with {money} a year earlier.",
                    "{official} told analysts on a conference call that demand had \"stabilized but not recovered.\"",
                    "The company employs about {count} people in {state} and more than {count} hundred worldwide.",
                    "Analysts surveyed by {outlet} had expected earnings of {smallMoney} per share.",
                    "The settlement resolves claims that the company misled investors between {year} and {year}.",
                    "{expert} said the cuts reflected a broader slowdown in manufacturing.",
                    "The company said it would take a charge of {money} related to the restructuring.",
                    "Union leaders in {city} said they had not been told of the closing in advance.",
                    "Inventory levels rose {pct} during the quarter, according to the filing.",
                    "The company expects to complete the sale of its {state} division by {date}."},
                new String[] {"Chief Executive", "Chief Financial Officer", "spokeswoman", "spokesman", "President"},
                new String[] {"Harbor Freight Lines", "Northwind Foods", "Consolidated Steel", "Pinecrest Bank", "Meridian Health Systems", "Atlas Logistics"}),
        HEALTH("health",
                new String[] {
                    "{city} hospital reports rise in measles cases",
                    "State health officials warn of {county} outbreak",
                    "{org} to open new clinic in {city}",
                    "Overdose deaths in {county} fall {pct}",
                    "Nurses at {org} vote to strike"},
                new String[] {
                    "Health officials in {county} confirmed {count} cases of measles on {weekday}, the largest outbreak in the state since {year}.",
                    "Overdose deaths in {county} fell {pct} last year, according to data released on {weekday} by the state health department.",
                    "Nurses at {org} in {city} voted on {weekday} to authorize a strike, citing staffing shortages."},
                new String[] {
                    "Most of the patients were children under {few} who had not been vaccinated, officials said.",
                    "{expert} said the decline was driven largely by wider access to naloxone.",
                    "The hospital said it had {count} beds and was operating at {pct} capacity.",
                    "{official} urged residents to check their vaccination records before traveling.",
                    "The clinic will offer primary care, dental services and addiction treatment.",
                    "State lawmakers set aside {money} for rural hospitals in the budget passed in {date}.",
                    "The union represents about {count} nurses and technicians at the hospital.",
                    "Emergency room visits for heat-related illness rose {pct} during the {date} heat wave.",
                    "The {agency} said it was monitoring the situation closely.",
                    "Wait times at the county's community clinics average {few} weeks, a report found."},
                new String[] {"Health Commissioner", "Dr.", "Public Health Director", "hospital spokeswoman", "Chief Medical Officer"},
                new String[] {"St. Mary's Medical Center", "Lakeside Regional Hospital", "Mercy General", "the county health department"}),
        WEATHER("weather",
                new String[] {
                    "Storm knocks out power to {count} homes in {county}",
                    "Wildfire near {city} forces evacuations",
                    "Flooding closes roads across {county}",
                    "{city} braces for record heat",
                    "Tornado damages homes near {city}"},
                new String[] {
                    "A line of severe storms swept through {county} on {weekday}, knocking out power to about {count} thousand customers and toppling trees onto homes in {city}.",
                    "A wildfire burning in the hills outside {city} had scorched {count} acres by {weekday} evening and forced the evacuation of {count} homes.",
                    "Forecasters warned that temperatures in {city} could reach 110 degrees on {weekday}, breaking a record set in {year}."},
                new String[] {
                    "The National Weather Service recorded wind gusts of {count} miles per hour at the airport.",
                    "Crews from {few} states were working to restore power, the utility said.",
                    "{resident} said the water in the basement rose {few} feet in less than an hour.",
                    "The fire was {pct} contained as of {time}, according to fire officials.",
                    "{official} said there had been no reports of serious injuries.",
                    "Schools in {county} will remain closed through {weekday}.",
                    "Damage to roads and bridges is estimated at {money}, according to a preliminary assessment.",
                    "Cooling centers will be open at {count} libraries and recreation centers across the city.",
                    "The governor of {state} declared a state of emergency for {few} counties.",
                    "More than {count} flights were canceled at the {city} airport."},
                new String[] {"Fire Chief", "Emergency Management Director", "Gov.", "Mayor", "utility spokesman"},
                new String[] {"the National Weather Service", "the utility", "the fire department"}),
        SCHOOLS("education",
                new String[] {
                    "{county} school board approves later start times",
                    "Teachers in {city} reach tentative contract deal",
                    "Test scores rise in {city} schools",
                    "{city} district to close {few} schools",
                    "University in {city} raises tuition {pct}"},
                new String[] {
                    "The {county} school board voted on {weekday} to push back start times at its high schools by {count} minutes beginning next fall.",
                    "Teachers in {city} reached a tentative agreement with the school district early on {weekday}, averting a strike.",
                    "Reading scores in {city} public schools rose {pct} this year, the district said on {weekday}."},
                new String[] {
                    "The contract would raise starting salaries to {smallMoney} and cap class sizes at {count} students.",
                    "{official} said the district faced a shortfall of {money} as enrollment declined.",
                    "Parents at the meeting were divided, with some warning that later buses would disrupt work schedules.",
                    "{expert} said research consistently links later start times to better attendance.",
                    "The district enrolls about {count} thousand students in {count} schools.",
                    "Union members are expected to vote on the agreement by {date}.",
                    "Chronic absenteeism fell to {pct} from a peak in {year}.",
                    "{resident} said her son's school had gone without a full-time nurse for {few} years.",
                    "The state department of education will release statewide results on {date}.",
                    "Tuition and fees will reach {smallMoney} a year for in-state students."},
                new String[] {"Superintendent", "school board President", "union President", "Principal", "Chancellor"},
                new String[] {"the school district", "the teachers union", "the state board of education"});

        final String section;
        final String[] headlines;
        final String[] ledes;
        final String[] sentences;
        final String[] officialTitles;
        final String[] organisations;

        Beat(String section, String[] headlines, String[] ledes, String[] sentences, String[] officialTitles,
             String[] organisations) {
            this.section = section;
            this.headlines = headlines;
            this.ledes = ledes;
            this.sentences = sentences;
            this.officialTitles = officialTitles;
            this.organisations = organisations;
        }
    }

    private static final String[] GENERAL = {
        "The decision comes as {city} grapples with rising costs and a shrinking tax base.",
        "{official} did not respond to a request for comment on {weekday}.",
        "Records obtained by {outlet} show that the problem was first reported in {year}.",
        "It was not immediately clear how many people were affected.",
        "{expert} said similar cases in {state} had taken years to resolve.",
        "The figures were first reported by {outlet}.",
        "A hearing on the matter is scheduled for {date}.",
        "{resident} said {he} had lived in the neighborhood for {years} years and had never seen anything like it.",
        "Officials said they expected to release more details later in the week.",
        "The {agency} has opened a separate review, according to {few} people familiar with the matter.",
        "According to {outlet}, the total could exceed {money}.",
        "The number has more than doubled since {year}.",
        "About {pct} of those surveyed said they supported the change.",
        "{official} said the city would \"look at every option\" before making a final decision.",
        "Several residents said they learned of the plan only after reading about it online.",
        "The meeting, held at the library on {street}, drew about {count} people.",
        "Officials in neighboring {county} are considering a similar measure.",
        "The report, which runs {count} pages, was released late on {weekday}."};

    private static final String[] QUOTE_FRAMES = {
        "\"{quote},\" {official} {said}.",
        "\"{quote},\" {expert} {said}.",
        "\"{quote},\" {resident} {said}.",
        "\"{quote},\" {said} {official}, adding that the review would continue.",
        "{official} put it plainly: \"{quote}.\"",
        "\"{quote},\" {expert} {said}. \"Nobody should be surprised by this.\""};

    private static final String[] QUOTES = {
        "We are not going to let this stand", "This is the outcome the families have waited years for",
        "The numbers speak for themselves", "I have never seen a case quite like this one",
        "We followed the evidence wherever it led", "Nobody in this neighborhood feels safe right now",
        "It is a difficult decision, but it is the right one", "There is still a lot we do not know",
        "We need more officers on the street, not fewer", "This was a preventable tragedy",
        "The system worked the way it is supposed to", "Every dollar in this budget has to be justified",
        "People are tired of waiting for answers", "We will appeal, and we expect to win",
        "The trend is encouraging, but it is fragile", "I just want my kids to be able to walk to school",
        "We are cooperating fully with investigators", "Nothing about this was routine",
        "It took all of us by surprise", "Our first priority is the safety of the public"};

    private static final String[] SAID = {"said", "said on Tuesday", "said in an interview", "said in a statement",
        "told reporters", "said at a news conference"};

    private static final String[] CHARGES = {"wire fraud", "drug trafficking", "armed robbery", "money laundering",
        "vehicular homicide", "embezzlement", "arson", "aggravated assault", "identity theft", "bribery",
        "racketeering", "burglary", "fentanyl distribution", "insurance fraud"};

    private static final String[] FIRST_NAMES = {"James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David",
        "Jennifer", "William", "Elizabeth", "Carlos", "Aisha", "Kevin", "Mei", "Andre", "Sofia", "Brian", "Tamika",
        "Daniel", "Priya", "Thomas", "Rachel", "Luis", "Grace", "Marcus", "Hannah", "Omar", "Keisha", "Steven",
        "Nadia", "Paul", "Rosa", "Gregory", "Yolanda", "Eric", "Ingrid", "Tyrone", "Fatima", "Jason", "Laura",
        "Victor", "Denise", "Samuel", "Chen", "Alan", "Monique", "Raymond", "Erin", "Hector", "Julia"};

    private static final String[] SURNAMES = {"Smith", "Johnson", "Williams", "Garcia", "Rodriguez", "Chen",
        "Nguyen", "Patel", "Okafor", "Kowalski", "Brooks", "Ramirez", "O'Connor", "Washington", "Kim", "Hernandez",
        "Fischer", "Morales", "Thompson", "Alvarez", "Jackson", "Rossi", "Murphy", "Cohen", "Singh", "Delgado",
        "Bennett", "Yamamoto", "Sullivan", "Haddad", "Price", "Lindqvist", "Mendoza", "Carter", "Abernathy",
        "Reyes", "Walsh", "Ibrahim", "Foster", "Novak", "Gutierrez", "Harris", "Sato", "Ortiz", "Franklin",
        "Becker", "Adeyemi", "Castillo", "Monroe", "Dubois"};

    private static final String[] CITIES = {"Baltimore|Maryland", "Phoenix|Arizona", "Tulsa|Oklahoma",
        "Milwaukee|Wisconsin", "Sacramento|California", "Albuquerque|New Mexico", "Louisville|Kentucky",
        "Cleveland|Ohio", "Memphis|Tennessee", "Spokane|Washington", "Richmond|Virginia", "Omaha|Nebraska",
        "Savannah|Georgia", "Des Moines|Iowa", "El Paso|Texas", "Providence|Rhode Island", "Boise|Idaho",
        "Charleston|South Carolina", "Fresno|California", "Pittsburgh|Pennsylvania", "Tucson|Arizona",
        "Birmingham|Alabama", "Little Rock|Arkansas", "Madison|Wisconsin"};

    private static final String[] COUNTY_NAMES = {"Harbor", "Jefferson", "Cedar", "Franklin", "Maricopa", "Lake",
        "Washington", "Riverside", "Montgomery", "Pima", "Hamilton", "Marion"};

    private static final String[] STREETS = {"Elm Street", "Martin Luther King Jr. Boulevard", "Fifth Avenue",
        "Oak Ridge Road", "Market Street", "Pine Avenue", "Lakeshore Drive", "Broad Street", "Mill Road",
        "Jackson Avenue", "Harbor Way", "Grand Boulevard"};

    private static final String[] AGENCIES = {"FBI", "Drug Enforcement Administration", "Department of Justice",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Securities and Exchange Commission",
        "Environmental Protection Agency", "Centers for Disease Control and Prevention", "state attorney general's office"};

    private static final String[] OUTLETS = {"The Associated Press", "Reuters", "The New York Times",
        "The Washington Post", "the local newspaper", "Bloomberg News", "The Wall Street Journal"};

    private static final String[] UNIVERSITIES = {"Northfield University", "the University of Michigan",
        "Georgetown University", "Arizona State University", "the University of Chicago", "Temple University"};

    private static final String[] EXPERT_FIELDS = {"a criminologist", "an economist", "a law professor",
        "an epidemiologist", "a professor of public policy", "a climate scientist", "a labor historian"};

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final String[] SMALL_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};
}
