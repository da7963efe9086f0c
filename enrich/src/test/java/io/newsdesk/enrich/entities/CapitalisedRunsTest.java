package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedRunsTest {

    private static Recognition run(String text) {
        return Recognize.run(text, null, new CapitalisedRuns());
    }

    @Test
    void aRunIsTypedByItsLastWordItsGivenNameOrItsTitle() {
        Recognition r = run("The Harbor City Council met Dana Whitfield and Rep. Ann Okoro in Harlan County.");
        assertEquals(List.of("ORGANIZATION Harbor City Council", "PERSON Dana Whitfield", "PERSON Ann Okoro", "PLACE Harlan County"),
                Recognize.found(r));
        assertEquals(List.of("Rep."), List.copyOf(Recognize.draft(r, "Ann Okoro").titles));
    }

    @Test
    void aTitleInsideARunSplitsIt() {
        Recognition r = run("Yesterday Acme Corp. CEO Jane Roe resigned.");
        assertTrue(Recognize.found(r).contains("PERSON Jane Roe"), Recognize.found(r).toString());
    }

    @Test
    void aTitleFollowedOnlyByOrganisationWordsIsPartOfTheOrganisation() {
        assertEquals(List.of("ORGANIZATION Northby General Infirmary"),
                Recognize.found(run("He was flown to Northby General Infirmary on Monday.")));
        assertEquals(List.of("ORGANIZATION Brackley Sheriff Court"), Recognize.found(run("She appeared at Brackley Sheriff Court.")));
    }

    @Test
    void aCapitalisedFunctionWordAfterALowerCaseWordOpensTheName() {
        assertEquals(List.of("ORGANIZATION All Saints Church"), Recognize.found(run("They married at All Saints Church in 1956.")));
        assertEquals(List.of("ORGANIZATION All Farmers Party"), Recognize.found(run("She won the All Farmers Party primary.")));
        assertEquals(List.of("ORGANIZATION Farmers Party"), Recognize.found(run("All Farmers Party members voted.")),
                "the first word of a sentence stays outside");
    }

    @Test
    void aSpeechVerbOrARoleAppositiveMakesTwoUnknownWordsAPerson() {
        assertEquals(List.of("PERSON Tova Brinkmann"), Recognize.found(run("The budget is late, Tova Brinkmann said.")));
        Recognition r = run("We met Kerstin Vale, a lawyer for the city.");
        assertEquals(List.of("PERSON Kerstin Vale"), Recognize.found(r));
        assertEquals(List.of("a lawyer for the city"), List.copyOf(Recognize.draft(r, "Kerstin Vale").titles));
    }

    @Test
    void aNameInAPlaceSlotIsAPlace() {
        assertEquals(List.of("PLACE Otay Mesa"), Recognize.found(run("Agents searched trucks near Otay Mesa.")));
    }

    @Test
    void aCommonWordOpeningASentenceStartsNoRunAndLoneWordsWaitForLaterPasses() {
        Recognition r = run("Officials said nothing, and Okafor said more. The DEA came.");
        assertEquals(List.of(), Recognize.found(r));
        assertEquals(2, r.pendingSingles.size() + r.pendingAcronyms.size(), "Okafor and DEA are left to later passes");
        assertEquals(1, r.pendingAcronyms.size());
    }

    @Test
    void officesStormsAndModelNumbersAreNoEntities() {
        assertEquals(List.of(), Recognize.found(run("On Friday the Deputy Finance Minister said Hurricane Delfina had closed the road.")));
        assertEquals(List.of(), Recognize.found(run("She bought the new Orbis X7 last week.")));
    }

    @Test
    void aRunBeforeAProductNounOrWithOneHeadingItsAppositiveIsAProduct() {
        assertEquals(List.of(), Recognize.found(run("Staff use the Quorva Lumen scheduling app used by retailers.")));
        assertEquals(List.of(), Recognize.found(run("Sales of the Varga Solo, a compact electric hatchback, fell.")));
        assertEquals(List.of("PERSON Dana Whitfield"), Recognize.found(run("We met Dana Whitfield, a car dealer, on Monday.")));
        assertEquals(List.of("ORGANIZATION Brightwater Foods"), Recognize.found(run("He drove a Brightwater Foods van to work.")));
    }

    @Test
    void twoCompleteOrganisationsJoinedByAndAreTwo() {
        assertEquals(List.of("ORGANIZATION Marlow Capital", "ORGANIZATION Brightwater Foods"),
                Recognize.found(run("The deal between Marlow Capital and Brightwater Foods closed.")));
        assertEquals(List.of("ORGANIZATION Tradewell Savings and Loans Association"),
                Recognize.found(run("Depositors of Tradewell Savings and Loans Association queued.")));
    }

    @Test
    void aNameRunsThroughPossessivesAndOrdinalsToItsLastWord() {
        assertEquals(List.of("ORGANIZATION Court of King's Bench"), Recognize.found(run("He appeared at the Court of King's Bench today.")));
        assertEquals(List.of("PLACE West 26th Street"), Recognize.found(run("The jail stands at West 26th Street.")));
    }

    @Test
    void aPersonsOfDoesNotRunIntoTheOrganisation() {
        Recognition r = run("We spoke to Wanda Mazur of Horizonte Logistics yesterday.");
        assertEquals(List.of("PERSON Wanda Mazur", "ORGANIZATION Horizonte Logistics"), Recognize.found(r));
    }

    @Test
    void aKnownPlaceBeforeADashedAdjectiveIsAMention() {
        Recognition r = run("The Toronto-based Cordwell Partners fund grew.");
        assertTrue(Recognize.found(r).contains("PLACE Toronto"), Recognize.found(r).toString());
    }
}
