package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one entity: after the other passes, a one-word entity that is the surname of a person named in full
 * ("Oyinlola" typed apart from "Babajide Oyinlola") or the first word of an organisation's name ("Brightwell")
 * joins that entity unless it was typed a place (the town "Rotherham" beside "Rotherham Borough Council"; the dateline's
 * "WORCESTER" beside "Worcester Crown Court"), and a name typed two ways in one text ("Munster" once a place, once a team) keeps the type
 * of most of its mentions. An editor reads a text's names as one cast of characters; the typer reads each
 * mention alone.
 */
public final class NameAgreement implements EntityPass {

    /** The one person named in full whose first word is this one-word name, or null. */
    private static EntityDraft personByGivenName(Recognition r, EntityDraft d) {
        EntityDraft found = null;
        for (EntityDraft p : r.drafts()) {
            if (p.type == EntityType.PERSON && p != d && !p.mentions.isEmpty() && p.canonical.startsWith(d.canonical + " ")) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** A person once called "Ms" or "Dr" is a person, however often the typer read the bare name otherwise. */
    private static boolean courtesyTitled(EntityDraft d) {
        if (d.type != EntityType.PERSON) {
            return false;
        }
        for (String title : d.titles) {
            if (EntityWords.COURTESY_TITLES.contains(title.substring(title.lastIndexOf(' ') + 1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(Recognition r) {
        for (EntityDraft d : new ArrayList<>(r.drafts())) {
            if (d.mentions.isEmpty() || d.canonical.indexOf(' ') >= 0) {
                continue;
            }
            EntityDraft person = r.personBySurname(d.canonical);
            if (person != null && person != d && person.canonical.indexOf(' ') > 0) {
                r.merge(d, person);
                continue;
            }
            EntityDraft named = personByGivenName(r, d);
            if (named != null) {
                r.merge(d, named); // "Ikenna" after "Ikenna Okparaeke"
                continue;
            }
            EntityDraft org = r.organisationByHead(d.canonical);
            if (org != null && org != d && d.type != EntityType.PLACE) {
                r.merge(d, org);
            }
        }
        Map<String, List<EntityDraft>> byName = new HashMap<>();
        for (EntityDraft d : r.drafts()) {
            if (!d.mentions.isEmpty()) {
                byName.computeIfAbsent(d.canonical, k -> new ArrayList<>(2)).add(d);
            }
        }
        for (List<EntityDraft> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            EntityDraft keep = same.get(0);
            for (EntityDraft d : same) {
                if (courtesyTitled(keep)) {
                    break;
                }
                if (courtesyTitled(d) || d.mentions.size() > keep.mentions.size()
                        || d.mentions.size() == keep.mentions.size() && d.isoCode != null && keep.isoCode == null) {
                    keep = d;
                }
            }
            for (EntityDraft d : same) {
                if (d != keep) {
                    r.merge(d, keep);
                }
            }
        }
    }
}
