package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerNamesTest {

    private static Recognition run(String text) {
        return Recognize.run(text, null, new GazetteerNames());
    }

    @Test
    void knownNamesAreFoundLongestFirstWithTheirCodes() {
        Recognition r = run("Officials in Mexico City spoke to the Drug Enforcement Administration about Texas.");
        assertEquals(List.of("PLACE Mexico City", "ORGANIZATION Drug Enforcement Administration", "PLACE Texas"), Recognize.found(r));
        assertEquals("US-TX", Recognize.draft(r, "Texas").isoCode);
    }

    @Test
    void aKnownNameInsideALongerNameIsNotAMentionOfItsOwn() {
        assertEquals(List.of(), Recognize.found(run("The Portland Police Bureau said so.")));
        assertEquals(List.of(), Recognize.found(run("She studied at the University of Sao Paulo.")));
        Recognition demonym = run("The Mexican Navy Academy opened.");
        assertEquals(List.of(), Recognize.found(demonym), "a place word inside an organisation's name is part of that name");
    }

    @Test
    void givenNamesAndFamousSurnamesInsideOtherNamesAreNotTheKnownEntity() {
        assertEquals(List.of(), Recognize.found(run("Jordan Smith arrived.")), "Jordan is a given name here, not the country");
        assertEquals(List.of(), Recognize.found(run("They met at Trump Tower.")));
    }

    @Test
    void aCountryBeforeAnInstitutionNounIsAlsoAnOrganisation() {
        Recognition r = run("The Mexican government and Mexican drug cartels disagreed; Mexican authorities did not.");
        assertTrue(Recognize.found(r).containsAll(List.of("PLACE Mexico", "ORGANIZATION Mexican government",
                "ORGANIZATION Mexican drug cartels")), Recognize.found(r).toString());
        assertTrue(Recognize.found(r).stream().noneMatch(f -> f.contains("authorities")), "authorities are people, not an organisation");
    }

    @Test
    void aCountrysPoliceEmbassyOrMinistryInLowerCaseIsNoOrganisation() {
        Recognition r = run("Mexican police and the Mexican embassy said the Mexican foreign ministry agreed.");
        assertEquals(List.of("PLACE Mexico"), Recognize.found(r));
    }

    @Test
    void aKnownPersonGetsTheTitleBeforeTheName() {
        Recognition r = run("President Joe Biden spoke.");
        assertEquals(List.of("President"), List.copyOf(Recognize.draft(r, "Joe Biden").titles));
    }

    @Test
    void aCompanysModelIsAProductAndALongerPartyNameIsOneOrganisation() {
        assertEquals(List.of(), Recognize.found(run("Thieves took a Toyota Hilux from the lot.")));
        assertEquals(List.of("ORGANIZATION United Conservative Party"), Recognize.found(run("Voters backed the United Conservative Party again.")));
    }

    @Test
    void aDemonymInALanguagesSlotIsTheLanguage() {
        assertEquals(List.of(), Recognize.found(run("The minister answered questions speaking in French.")));
        assertEquals(List.of("PLACE France"), Recognize.found(run("Two French officials attended.")));
    }
}
