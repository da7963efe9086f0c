package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityEnricherTest {
    private static final EntityEnricher ENRICHER = new EntityEnricher(Gazetteer.standard(), StandardProcessors.entityPasses(Gazetteer.standard()));

    private static final String TEXT = "PARIS, March 3 - Sen. Maria Alvarez, a Nevada Republican, met French officials on Monday. "
            + "Alvarez said the Federal Aviation Administration (FAA) would review the deal. The FAA declined to comment.\n\n"
            + "Canada's former trade minister, Oliver Grant, said the Mexican government had been consulted. "
            + "President Biden did not attend. Grant later spoke to reporters in Halvard County.";

    private final List<Entity> entities = ENRICHER.entities("Alvarez presses FAA", AnalyzedText.of(TEXT));

    private Entity find(EntityType type, String name) {
        return entities.stream().filter(e -> e.getType() == type && e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + name + " not found in " + entities.stream().map(Entity::getName).toList()));
    }

    @Test
    void peopleKeepTitlesRolesAndTheirSurnameMentions() {
        Entity alvarez = find(EntityType.PERSON, "Maria Alvarez");
        assertEquals(List.of("Sen.", "a Nevada Republican"), alvarez.getTitles());
        assertEquals(2, alvarez.getMentionCount());
        assertEquals(List.of("Alvarez"), alvarez.getAliases());
        for (Mention m : alvarez.getMentions()) {
            assertEquals(m.getText(), TEXT.substring(m.getStart(), m.getEnd()), "offsets point into the text");
        }
        Entity grant = find(EntityType.PERSON, "Oliver Grant");
        assertTrue(grant.getTitles().contains("Canada's former trade minister"), grant.getTitles().toString());
        assertEquals(2, grant.getMentionCount());
        assertEquals(List.of("President"), find(EntityType.PERSON, "Joe Biden").getTitles());
    }

    @Test
    void acronymsAreLinkedToTheirExpansion() {
        Entity faa = find(EntityType.ORGANIZATION, "Federal Aviation Administration");
        assertEquals(List.of("FAA"), faa.getAliases());
        assertEquals(3, faa.getMentionCount());
    }

    @Test
    void placesCarryIsoCodesAndDemonymsAndDatelinesCount() {
        assertEquals("FR", find(EntityType.PLACE, "Paris").getIsoCode().equals("FR") ? "FR" : "?");
        Entity france = find(EntityType.PLACE, "France");
        assertEquals("FR", france.getIsoCode());
        assertEquals(List.of("French"), france.getAliases());
        assertEquals("US-NV", find(EntityType.PLACE, "Nevada").getIsoCode());
        assertEquals("MX", find(EntityType.PLACE, "Mexico").getIsoCode());
        assertEquals("CA", find(EntityType.PLACE, "Canada").getIsoCode());
        find(EntityType.ORGANIZATION, "Mexican government");
        find(EntityType.PLACE, "Halvard County");
        Mention dateline = find(EntityType.PLACE, "Paris").getMentions().get(0);
        assertEquals(0, dateline.getStart());
        assertEquals("PARIS", dateline.getText());
    }

    @Test
    void entitiesAreOrderedBySalienceBetweenZeroAndOne() {
        for (int i = 0; i < entities.size(); i++) {
            double s = entities.get(i).getSalience();
            assertTrue(s > 0 && s <= 1, entities.get(i).toString());
            assertTrue(i == 0 || entities.get(i - 1).getSalience() >= s);
        }
        // both are named in the headline and early; the agency is mentioned three times
        assertEquals(List.of("Federal Aviation Administration", "Maria Alvarez"), entities.subList(0, 2).stream().map(Entity::getName).toList());
        assertTrue(find(EntityType.PERSON, "Maria Alvarez").getSalience() > find(EntityType.PLACE, "Halvard County").getSalience());
    }

    @Test
    void aGivenNameBeforeAPlaceNameIsAPersonNotThePlace() {
        List<Entity> e = ENRICHER.entities(null, AnalyzedText.of("Jordan Pike met George Washington Carver fans in Ohio."));
        assertTrue(e.stream().anyMatch(x -> x.getType() == EntityType.PERSON && x.getName().equals("Jordan Pike")), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.getName().equals("Jordan")), e.toString());
    }

    @Test
    void aSurnameTwoPeopleShareIsLeftToNeitherAndASuffixIsNoSurname() {
        String text = "Mary Reyes and her brother John Reyes opened the bakery in 2019. Reyes said business was slow.\n\n"
                + "Their landlord, Walter Pike Jr., raised the rent. Pike declined to comment.";
        List<Entity> found = ENRICHER.entities(null, AnalyzedText.of(text));
        Entity mary = found.stream().filter(e -> e.getName().equals("Mary Reyes")).findFirst().orElseThrow();
        Entity john = found.stream().filter(e -> e.getName().equals("John Reyes")).findFirst().orElseThrow();
        assertEquals(1, mary.getMentionCount(), "a bare 'Reyes' could be either sibling");
        assertEquals(1, john.getMentionCount(), "a bare 'Reyes' could be either sibling");
        Entity pike = found.stream().filter(e -> e.getName().equals("Walter Pike Jr.")).findFirst()
                .orElseThrow(() -> new AssertionError(found.stream().map(Entity::getName).toList().toString()));
        assertEquals(2, pike.getMentionCount(), "'Pike' is Walter Pike Jr.'s surname, not 'Jr.'");
        assertTrue(pike.getAliases().contains("Pike"), pike.getAliases().toString());
    }

    @Test
    void theModelTypesNamesNoListKnowsByHowTheTextUsesThem() {
        List<Entity> found = ENRICHER.entities(null, AnalyzedText.of("Shares of Pelham Robotics fell on Tuesday after Chief Executive "
                + "Ilse Varga-Moreno said orders had slowed in Saskatchewan. Varga-Moreno said the Finance Minister was wrong."));
        List<String> names = found.stream().map(e -> e.getType() + " " + e.getName()).sorted().toList();
        assertEquals(List.of("ORGANIZATION Pelham Robotics", "PERSON Ilse Varga-Moreno", "PLACE Saskatchewan"), names);
        Entity person = found.stream().filter(e -> e.getType() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(2, person.getMentionCount());
        assertTrue(person.getTitles().contains("Chief Executive"), person.getTitles().toString());
        assertEquals("CA-SK", found.stream().filter(e -> e.getType() == EntityType.PLACE).findFirst().orElseThrow().getIsoCode());
    }

    @Test
    void sportsTeamsAndPlayersAreOrganisationsAndPeople() {
        List<Entity> found = ENRICHER.entities(null, AnalyzedText.of("Harrowgate Rovers beat the Lakeside Comets 2-1 on Saturday. "
                + "Striker Tomasz Okafor-Lind scored twice, and coach Mirela Dunne said the win was deserved."));
        List<String> names = found.stream().map(e -> e.getType() + " " + e.getName()).sorted().toList();
        assertTrue(names.contains("ORGANIZATION Harrowgate Rovers"), names.toString());
        assertTrue(names.contains("PERSON Tomasz Okafor-Lind"), names.toString());
        assertTrue(names.contains("PERSON Mirela Dunne"), names.toString());
    }
}
