package io.newsdesk.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The people, places and numbers of one story; a slot mentions a person in full once, then by surname. */
final class Story {
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

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

    static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

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
