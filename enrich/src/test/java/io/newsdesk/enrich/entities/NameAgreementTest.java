package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAgreementTest {

    private static Recognition recognition(String text) {
        return new Recognition(AnalyzedText.of(text), null, Gazetteer.standard());
    }

    /** A mention of {@code name} (its first occurrence in the text) as an entity of this type. */
    private static void mention(Recognition r, EntityType type, String name, int occurrence) {
        int at = -1;
        for (int k = 0; k <= occurrence; k++) {
            at = r.text.text().indexOf(name, at + 1);
        }
        r.draft(type, name).mention(at, at + name.length(), name);
    }

    @Test
    void aSurnameOrGivenNameTypedApartJoinsThePersonNamedInFull() {
        Recognition r = recognition("Ikenna Okparaeke scored. Okparaeke ran on, and Ikenna scored again.");
        mention(r, EntityType.PERSON, "Ikenna Okparaeke", 0);
        mention(r, EntityType.PLACE, "Okparaeke", 1);
        mention(r, EntityType.ORGANIZATION, "Ikenna", 1);
        new NameAgreement().run(r);
        assertEquals(List.of("PERSON Ikenna Okparaeke"), Recognize.found(r));
        assertEquals(3, Recognize.draft(r, "Ikenna Okparaeke").mentions.size());
    }

    @Test
    void aNameTypedTwoWaysKeepsTheTypeOfMostMentions() {
        Recognition r = recognition("Munster won. Munster lost. Fans of Munster cheered.");
        mention(r, EntityType.ORGANIZATION, "Munster", 0);
        mention(r, EntityType.ORGANIZATION, "Munster", 1);
        mention(r, EntityType.PLACE, "Munster", 2);
        new NameAgreement().run(r);
        assertEquals(List.of("ORGANIZATION Munster"), Recognize.found(r));
    }

    @Test
    void theFirstWordOfAnOrganisationNamedInFullIsThatOrganisation() {
        Recognition r = Recognize.run("Shares of Pelham Robotics Inc. rose. Pelham said sales grew.", null,
                new CapitalisedRuns(), new Surnames(), new NameAgreement());
        assertEquals(List.of("ORGANIZATION Pelham Robotics Inc."), Recognize.found(r));
        assertEquals(2, Recognize.draft(r, "Pelham Robotics Inc.").mentions.size());
    }

    @Test
    void aPlaceAnOrganisationIsNamedAfterStaysThePlace() {
        Recognition r = Recognize.run("Scrap went to a yard in Dunthorpe. Dunthorpe Borough Council suspended its licence.", null,
                new CapitalisedRuns(), new Surnames(), new NameAgreement());
        assertEquals(List.of("ORGANIZATION Dunthorpe Borough Council", "PLACE Dunthorpe"), Recognize.found(r));
    }
}
