package io.newsdesk.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.enrich.entities.Gazetteer;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Newsroom conventions of attribution, each on sentences written for the test, through the whole quote enricher. */
class SpeakerResolutionTest {
    private static final EntityEnricher ENTITIES = new EntityEnricher(Gazetteer.standard(), StandardProcessors.entityPasses(Gazetteer.standard()));

    /** The speaker of each quotation, in order ("-" for none). */
    private static List<String> speakers(String text) {
        AnalyzedText analyzed = AnalyzedText.of(text);
        List<String> out = new ArrayList<>();
        for (Quote q : new QuoteEnricher(new QuotationMarks(), new SpeakerAttribution()).quotes(analyzed, ENTITIES.entities(null, analyzed))) {
            out.add(q.getSpeaker() == null ? "-" : q.getSpeaker());
        }
        return out;
    }

    @Test
    void anAppositiveSpeakerIsTheNameNotAWordOfTheAppositive() {
        assertEquals(List.of("Marta Kovalenko"), speakers("Marta Kovalenko, the Brenford County prosecutor, said: "
                + "\u201CThe evidence will speak for itself in court.\u201D"));
        assertEquals(List.of("Tobin Arkwright"), speakers("\u201CWe expect a long and difficult winter,\u201D said Tobin Arkwright, "
                + "chief economist at Corvell Bank."));
    }

    @Test
    void aSurnameOrATitledNameStandsForTheFullNameIntroducedBefore() {
        assertEquals(List.of("Halvard Strand", "Halvard Strand"), speakers("Dr Halvard Strand leads the clinic at Merrow. "
                + "\u201CWe have never had so many patients,\u201D said Dr Strand.\n\n"
                + "\u201CThe beds are full every night of the week,\u201D Strand told reporters."));
    }

    @Test
    void titlesAndOfficesAreNotPartOfTheNameButASurnameLikeATitleIs() {
        assertEquals(List.of("Wren Bishop", "Tomas Erlingsson"), speakers("Harbor Chief Executive Wren Bishop said in a statement: "
                + "\u201CThe deal gives us brands that shoppers love.\u201D\n\n"
                + "Secretary of State Tomas Erlingsson and Foreign Minister Ana de la Vega met on Friday. "
                + "Erlingsson said the talks would \u201Cmake it harder for smugglers to hide\u201D."));
        assertEquals(List.of("Ana de la Vega"), speakers("Foreign Minister Ana de la Vega spoke last. "
                + "\u201CCooperation is not the same as obedience,\u201D De la Vega said."));
    }

    @Test
    void aQuotationAboutSomeoneElseIsTheSpeakersNotTheirs() {
        assertEquals(List.of("Amaka Obiora"), speakers("Tunde Obiora died in March. \u201CHe was a kind man who helped everyone,\u201D "
                + "his sister Amaka Obiora said of Obiora."));
        assertEquals(List.of("Rhys Penhallow"), speakers("Kit Marlowe scored twice. \u201CHe was everywhere on the pitch today,\u201D "
                + "Rhys Penhallow said of Marlowe."));
    }

    @Test
    void aPronounIsThePersonTheParagraphIsAbout() {
        assertEquals(List.of("Ines Calloway", "Oren Vasquez"), speakers("Ines Calloway opened the session. "
                + "\u201CThe budget is balanced for the first time,\u201D she said.\n\n"
                + "Oren Vasquez, a councillor for the harbour ward, disagreed. \u201CThe numbers do not add up at all,\u201D he said."));
    }

    @Test
    void inALongParagraphAPronounIsThePersonOfTheNearestSentenceNamingOne() {
        assertEquals(List.of("Selwyn Achterberg"), speakers("Premier Alma Rask has argued for more scanners at the border. "
                + "The drug is hard to detect. According to Selwyn Achterberg, a better plan is to cut demand. "
                + "\u201CThat is the only chance we have got,\u201D he said."));
    }

    @Test
    void aRolePhraseIsThePersonIntroducedWithThatRoleOrAge() {
        assertEquals(List.of("Dario Feltrinelli", "Sunniva Brekke"), speakers("Harbour City coach Dario Feltrinelli was furious. "
                + "Sunniva Brekke, 24, scored the winner.\n\n"
                + "\u201CThat was robbery from the first minute to the last,\u201D the coach said.\n\n"
                + "\u201CI just wanted to hit the target for once,\u201D the 24-year-old said."));
    }

    @Test
    void anOfficeHolderNeverNamedAndAGroupAreNobody() {
        assertEquals(List.of("-", "-", "-"), speakers("Rollo Haverford was arrested on Monday.\n\n"
                + "\u201CThe investigation is at an early stage,\u201D the Justice Minister said.\n\n"
                + "\u201CWe will not comment on an ongoing case,\u201D police said.\n\n"
                + "\u201CI heard two loud bangs and then screaming,\u201D a witness said."));
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneWithItsAttributionInAnyOfThem() {
        String text = "The union called the strike on Friday.\n\n"
                + "\u201CThe owners have had two years to make an offer and they have made none.\n\n"
                + "\u201CWe are telling them to sit in the same room with us,\u201D said Bashir Rahman, the union's leader.";
        AnalyzedText analyzed = AnalyzedText.of(text);
        List<Quote> q = new QuoteEnricher(new QuotationMarks(), new SpeakerAttribution()).quotes(analyzed, ENTITIES.entities(null, analyzed));
        assertEquals(1, q.size(), q.toString());
        assertEquals("Bashir Rahman", q.get(0).getSpeaker());
        assertEquals("The owners have had two years to make an offer and they have made none.\n\n"
                + "We are telling them to sit in the same room with us,", q.get(0).getText());
    }

    @Test
    void aQuotationOpeningAParagraphIsTheSpeakersIntroducedJustBefore() {
        assertEquals(List.of("Pascale Oduya"), speakers("Pascale Oduya, the state's health secretary, said the age group had been "
                + "chosen because it fills most hospital beds.\n\n"
                + "\u201CChildren of this age are outside all day and they get the worst of it.\u201D"));
    }

    @Test
    void guillemetsAreQuotationMarks() {
        assertEquals(List.of("Lucien Marchetti"), speakers("\u00AB The Swiss people will have the last word, as always, \u00BB "
                + "Lucien Marchetti told reporters, speaking in French."));
    }

    @Test
    void aPartialQuotationIsItsSentencesSubjects() {
        assertEquals(List.of("Noor Haddadi", "-"), speakers("Noor Haddadi called the ruling \u201Cdeeply flawed and dangerous\u201D on Monday.\n\n"
                + "The Finance Minister described the deal as \u201Ca lifeline for the mills\u201D."));
    }
}
