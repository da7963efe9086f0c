package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void anAcronymSpeltOutBeforeIsAnAliasOfThatOrganisation() {
        Recognition r = Recognize.run("The Federal Aviation Administration (FAA) met. Later FAA staff left.", null,
                new GazetteerNames(), new CapitalisedRuns(), new Acronyms());
        EntityDraft faa = Recognize.draft(r, "Federal Aviation Administration");
        assertEquals(3, faa.mentions.size(), "the name, the acronym in brackets and the later acronym");
        assertEquals(List.of("FAA"), List.copyOf(faa.aliases));
    }

    @Test
    void anUnknownAcronymIsAnOrganisationOfItsOwnUnlessItIsACommonAbbreviation() {
        Recognition r = Recognize.run("Yesterday the QRX board met. Yesterday the CEO left. Yesterday the ABCDEFG unit met.", null,
                new CapitalisedRuns(), new Acronyms());
        assertEquals(List.of("ORGANIZATION QRX"), Recognize.found(r));
    }

    @Test
    void technicalMedicalAndFinancialAbbreviationsAreNoOrganisations() {
        Recognition r = Recognize.run("Yesterday CCTV showed him. The SIM card, a QR code, TB cases, the EMI and A&E waits rose.", null,
                new CapitalisedRuns(), new Acronyms());
        assertEquals(List.of(), Recognize.found(r));
    }

    @Test
    void anAcronymOfAnOrganisationNamedInFullIsThatOrganisation() {
        Recognition r = Recognize.run("The Royal Canadian Mounted Police opened a file. The RCMP said little.", null,
                new CapitalisedRuns(), new Acronyms());
        assertEquals(List.of("ORGANIZATION Royal Canadian Mounted Police"), Recognize.found(r));
        assertEquals(2, Recognize.draft(r, "Royal Canadian Mounted Police").mentions.size());
    }
}
